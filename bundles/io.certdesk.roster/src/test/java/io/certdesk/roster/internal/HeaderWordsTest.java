package io.certdesk.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.certdesk.roster.Finding;
import io.certdesk.roster.FindingCode;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterField;

/**
 * Headers as administrators write them: the services' own words (the trust bank's manual says
 * グループID, 証明書番号 and 証明書取得用パスワード, numbered ①②③) with prefixes, suffixes, numbering, brackets,
 * notes and blanks around them; and ambiguity reported, never guessed.
 */
class HeaderWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "証明書取得用パスワード | RETRIEVAL_PASSWORD",
            "③証明書取得用パスワード | RETRIEVAL_PASSWORD",
            "3. 証明書取得用パスワード | RETRIEVAL_PASSWORD",
            "(3) 証明書取得用 パスワード | RETRIEVAL_PASSWORD",
            "【3】証明書取得用パスワード | RETRIEVAL_PASSWORD",
            "「証明書取得用パスワード」 | RETRIEVAL_PASSWORD",
            "証明書取得用パスワード（メールで通知） | RETRIEVAL_PASSWORD",
            "証明書取得用パスワード ※銀行からのメール参照 | RETRIEVAL_PASSWORD",
            "お客様の証明書取得用パスワード | RETRIEVAL_PASSWORD",
            "Retrieval password (from the bank's mail) | RETRIEVAL_PASSWORD",
            "①グループID | GROUP_ID",
            "1.グループＩＤ（契約ごとに1つ） | GROUP_ID",
            "No.1 グループID | GROUP_ID",
            "② 証明書番号 | CERTIFICATE_NUMBER",
            "証明書番号欄 | CERTIFICATE_NUMBER",
            "証明書番号（8桁） | CERTIFICATE_NUMBER",
            "利用者 氏名 | NAME",
            "送付先メールアドレス | EMAIL",
            "パスワード通知先 | PASSWORD_RECIPIENT",
            "Password recipient (boss) | PASSWORD_RECIPIENT" })
    void wordsOfTheManualsWithDecorations(String header, RosterField expected) {
        assertEquals(Optional.of(expected), HeaderAliases.fieldOf(header), header);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "社員番号", "備考", "No.", "発行日", "12" })
    void otherWordsNameNoField(String header) {
        assertEquals(Optional.empty(), HeaderAliases.fieldOf(header), header);
    }

    @Test
    void theManualsHeaderRowMapsEveryRequiredColumn() throws RosterException {
        HeaderDetector.Header header = detect("①グループID", "②証明書番号", "③証明書取得用パスワード（メールで通知）", "氏名",
                "メールアドレス", "社員番号");
        assertEquals(Map.of(RosterField.GROUP_ID, 0, RosterField.CERTIFICATE_NUMBER, 1, RosterField.RETRIEVAL_PASSWORD, 2,
                RosterField.NAME, 3, RosterField.EMAIL, 4), header.columns());
        assertFalse(codes(header).contains(FindingCode.REQUIRED_COLUMN_MISSING), header.findings().toString());
    }

    @Test
    void oneHeaderNamingTwoFieldsIsAFindingNotAGuess() throws RosterException {
        HeaderDetector.Header header = detect("グループID", "証明書取得用パスワード", "氏名", "メール", "グループID・証明書番号");
        assertFalse(header.columns().containsValue(4), header.columns().toString());
        Finding finding = only(header, FindingCode.AMBIGUOUS_HEADER);
        assertEquals("グループID・証明書番号", finding.column());
        assertTrue(finding.arguments().contains(RosterField.GROUP_ID.label()), finding.arguments().toString());
        assertTrue(finding.arguments().contains(RosterField.CERTIFICATE_NUMBER.label()), finding.arguments().toString());
        assertEquals(FindingCode.AMBIGUOUS_HEADER.severity(), io.certdesk.roster.Severity.ERROR);
    }

    @Test
    void twoColumnsNamingOneFieldEquallyWellAreAFindingNamingBoth() throws RosterException {
        HeaderDetector.Header header = detect("グループID", "証明書番号", "パスワード", "証明書取得用パスワード", "氏名", "メール");
        assertFalse(header.columns().containsKey(RosterField.RETRIEVAL_PASSWORD), "no silent guess: " + header.columns());
        Finding finding = only(header, FindingCode.AMBIGUOUS_COLUMN);
        assertEquals(List.of("パスワード", "証明書取得用パスワード", RosterField.RETRIEVAL_PASSWORD.label()), finding.arguments());
        assertFalse(codes(header).contains(FindingCode.REQUIRED_COLUMN_MISSING), "the ambiguity says it all");
    }

    @Test
    void containedWordsThatScoreAlikeAreAmbiguousToo() throws RosterException {
        HeaderDetector.Header header = detect("グループID", "証明書番号", "証明書取得用パスワード", "氏名",
                "本人のメールアドレス", "上長のメールアドレス");
        assertFalse(header.columns().containsKey(RosterField.EMAIL), header.columns().toString());
        assertEquals(List.of("本人のメールアドレス", "上長のメールアドレス", RosterField.EMAIL.label()),
                only(header, FindingCode.AMBIGUOUS_COLUMN).arguments());
    }

    @Test
    void theExactWordBeatsAWordInsideALongerHeader() throws RosterException {
        HeaderDetector.Header header = detect("旧証明書番号（失効済み）の控え", "グループID", "証明書番号", "証明書取得用パスワード", "氏名",
                "メール");
        assertEquals(2, header.columns().get(RosterField.CERTIFICATE_NUMBER));
        assertFalse(codes(header).contains(FindingCode.AMBIGUOUS_COLUMN));
    }

    @Test
    void theSameHeaderTwiceStaysADuplicateColumn() throws RosterException {
        HeaderDetector.Header header = detect("グループID", "証明書番号", "取得パスワード", "氏名", "メール", "氏名");
        assertEquals(3, header.columns().get(RosterField.NAME));
        assertEquals(List.of("氏名", "氏名"), only(header, FindingCode.DUPLICATE_COLUMN).arguments());
    }

    @Test
    void aNoteNamingEveryFieldInOneCellIsNoHeaderRow() throws RosterException {
        Sample note = new Sample(1, List.of("※グループID・証明書番号・証明書取得用パスワードは銀行からのメールのとおり入力"), false);
        Sample real = new Sample(3, List.of("グループID", "証明書番号", "証明書取得用パスワード", "氏名", "メール"), false);
        assertEquals(3, HeaderDetector.detect(List.of(note, real), null, "test").orElseThrow().rowNumber());
    }

    private static HeaderDetector.Header detect(String... headers) throws RosterException {
        return HeaderDetector.detect(List.of(new Sample(1, Arrays.asList(headers), false)), null, "test").orElseThrow();
    }

    private static List<FindingCode> codes(HeaderDetector.Header header) {
        return header.findings().stream().map(Finding::code).toList();
    }

    private static Finding only(HeaderDetector.Header header, FindingCode code) {
        List<Finding> found = header.findings().stream().filter(f -> f.code() == code).toList();
        assertEquals(1, found.size(), header.findings().toString());
        return found.get(0);
    }
}
