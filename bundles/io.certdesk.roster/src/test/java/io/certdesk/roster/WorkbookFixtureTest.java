package io.certdesk.roster;

import static io.certdesk.roster.Fixtures.codes;
import static io.certdesk.roster.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.certdesk.roster.internal.DefaultRosterReader;

/**
 * The LibreOffice-saved Japanese roster, as .xlsx (streamed) and .xls: title rows above the headers,
 * full-width text, certificate numbers stored as numbers with leading zeros, formulas, a hidden row and
 * sheet, a line break in a name, and one row for each kind of finding.
 */
class WorkbookFixtureTest {

    private static ImportResult read(String name) throws RosterException {
        return new DefaultRosterReader().read(Fixtures.file(name), ImportOptions.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = { "roster-ja.xlsx", "roster-ja.xls" })
    void findsTheSheetAndTheHeaderRowUnderTheMergedTitle(String name) throws RosterException {
        ImportResult result = read(name);
        assertEquals(Optional.of("名簿"), result.sheet());
        assertEquals(3, result.headerRow());
        assertEquals(List.of("グループID", "証明書番号", "取得パスワード", "氏名", "メールアドレス", "所属部署", "配布方法",
                "パスワード通知先", "エクスポート形式", "社員番号", "備考"), result.headers());
        for (RosterField field : RosterField.values()) {
            assertTrue(result.mapping().containsKey(field), field.toString());
        }
        assertEquals(Optional.of("証明書番号"), result.headerOf(RosterField.CERTIFICATE_NUMBER));
        assertTrue(result.findings().stream().anyMatch(f -> f.code() == FindingCode.HIDDEN_SHEET
                && f.arguments().equals(List.of("旧名簿"))), result.findings().toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.code() == FindingCode.SHEET_CHOSEN));
        assertTrue(result.findings().stream().anyMatch(f -> f.code() == FindingCode.UNKNOWN_COLUMN_KEPT
                && f.arguments().equals(List.of("社員番号"))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "roster-ja.xlsx", "roster-ja.xls" })
    void readsValuesAsTheUserSeesThem(String name) throws RosterException {
        ImportResult result = read(name);
        RosterEntry first = entry(result, 4);
        assertEquals(RowStatus.ACCEPTED, first.status(), first.findings().toString());
        assertEquals(Optional.of("00012345"), first.value(RosterField.CERTIFICATE_NUMBER));
        assertEquals(Optional.of("G0012345"), first.value(RosterField.GROUP_ID));
        assertEquals(Optional.of("mail"), first.value(RosterField.DELIVERY_CHANNEL));
        assertEquals(Optional.of("modern"), first.value(RosterField.EXPORT_PROFILE));
        assertArrayEquals("Ab3dEf9h".toCharArray(), first.retrievalPassword());
        assertEquals("000123", first.otherColumns().get("社員番号"));
        assertEquals("部長承認済み", first.otherColumns().get("備考"));
        assertEquals("", first.cells().get(2), "the password never appears among the cells");
        assertFalse(first.toString().contains("Ab3dEf9h"));

        RosterEntry second = entry(result, 5);
        assertEquals(Optional.of("G0012345"), second.value(RosterField.GROUP_ID), "full-width converted");
        assertEquals(Optional.of("佐藤 花子"), second.value(RosterField.NAME));
        assertEquals(Optional.of("hanako.sato@example.co.jp"), second.value(RosterField.EMAIL), "formula cached value");
        assertEquals(Optional.of("経理部"), second.value(RosterField.DEPARTMENT));
        assertEquals(Optional.of("handout"), second.value(RosterField.DELIVERY_CHANNEL));
        assertEquals(Optional.of("compat"), second.value(RosterField.EXPORT_PROFILE));
        assertEquals(RowStatus.WARNED, second.status());
        assertTrue(codes(result, 5).containsAll(List.of(FindingCode.VALUE_NORMALISED, FindingCode.LINE_BREAK_REPLACED)));

        assertEquals(Optional.of("0012347"), entry(result, 7).value(RosterField.CERTIFICATE_NUMBER));
        assertEquals(Optional.of("123456789012"), entry(result, 13).value(RosterField.CERTIFICATE_NUMBER),
                "no scientific notation");
        assertEquals(Optional.of("12354"), entry(result, 15).value(RosterField.CERTIFICATE_NUMBER), "formula, no .0");
        RosterEntry trimmed = entry(result, 14);
        assertArrayEquals("Jk4lMn5B".toCharArray(), trimmed.retrievalPassword());
        assertEquals(Optional.of("YAE.KATO@EXAMPLE.CO.JP"), trimmed.value(RosterField.EMAIL));
        assertEquals(Optional.of("@SUM(1+1)"), trimmed.value(RosterField.DEPARTMENT), "kept as text");
        assertEquals(List.of(FindingCode.PASSWORD_BLANKS_REMOVED), codes(result, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = { "roster-ja.xlsx", "roster-ja.xls" })
    void reportsEveryProblemPerRowWithoutStopping(String name) throws RosterException {
        ImportResult result = read(name);
        assertEquals(List.of(FindingCode.EMPTY_ROW_SKIPPED), codes(result, 6));
        assertTrue(codes(result, 7).contains(FindingCode.INVALID_EMAIL));
        assertEquals(List.of(FindingCode.HIDDEN_ROW), codes(result, 8));
        assertTrue(entry(result, 8).hidden());
        assertTrue(codes(result, 9).contains(FindingCode.DUPLICATE_CERTIFICATE_NUMBER));
        Finding duplicate = result.findings().stream()
                .filter(f -> f.code() == FindingCode.DUPLICATE_CERTIFICATE_NUMBER).findFirst().orElseThrow();
        assertEquals(List.of("00012345", "4"), duplicate.arguments());
        assertEquals("証明書番号", duplicate.column());
        assertTrue(codes(result, 10).contains(FindingCode.NON_ASCII_PASSWORD));
        assertEquals(List.of(FindingCode.GROUP_ID_MISMATCH), codes(result, 11));
        assertTrue(codes(result, 12).contains(FindingCode.MISSING_REQUIRED));

        assertEquals(11, result.entries().size());
        assertEquals(1, result.skippedRows());
        assertEquals(4, result.rejected(), "rows 7, 9, 10, 12");
        assertEquals(4, result.warned(), "rows 5, 8, 11, 14");
        assertEquals(3, result.accepted(), "rows 4, 13, 15");
    }
}
