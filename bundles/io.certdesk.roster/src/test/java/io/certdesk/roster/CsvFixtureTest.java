package io.certdesk.roster;

import static io.certdesk.roster.Fixtures.codes;
import static io.certdesk.roster.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.certdesk.roster.internal.CharsetDetector;
import io.certdesk.roster.internal.DefaultRosterReader;

/** CSV in Windows-31J (saved by LibreOffice), UTF-8 with BOM and UTF-8 without BOM. */
class CsvFixtureTest {

    private final DefaultRosterReader reader = new DefaultRosterReader();

    @Test
    void windows31jIsDetectedAndReadLikeTheWorkbook() throws RosterException {
        ImportResult result = reader.read(Fixtures.file("roster-ja-cp932.csv"), ImportOptions.defaults());
        assertEquals(RosterFormat.CSV, result.format());
        assertEquals(Optional.of(CharsetDetector.WINDOWS_31J), result.charset());
        assertEquals(3, result.headerRow());
        assertEquals(Optional.of("髙橋 次郎"), entry(result, 8).value(RosterField.NAME), "a character only CP932 has");
        assertEquals(Optional.of("佐藤 花子"), entry(result, 5).value(RosterField.NAME));
        assertEquals(Optional.of("00012345"), entry(result, 4).value(RosterField.CERTIFICATE_NUMBER));
        assertTrue(codes(result, 9).contains(FindingCode.DUPLICATE_CERTIFICATE_NUMBER));
        assertEquals(4, result.rejected());
        assertTrue(result.findings().get(0).code() == FindingCode.ENCODING_USED);
    }

    @Test
    void utf8WithBomAndALineBreakInsideAQuotedName() throws RosterException {
        ImportResult result = reader.read(Fixtures.file("roster-utf8-bom.csv"), ImportOptions.defaults());
        assertEquals(Optional.of(StandardCharsets.UTF_8), result.charset());
        assertEquals("グループID", result.headers().get(0), "the BOM is not part of the first header");
        assertEquals(Optional.of("佐藤 花子"), entry(result, 2).value(RosterField.NAME));
        assertTrue(codes(result, 2).contains(FindingCode.LINE_BREAK_REPLACED));
        assertEquals(Optional.of("00012346"), entry(result, 3).value(RosterField.CERTIFICATE_NUMBER));
        assertEquals("=HYPERLINK(\"http://x\")", entry(result, 3).otherColumns().get("備考"));
        assertEquals(0, result.rejected());
    }

    @Test
    void utf8WithoutBomEnglishHeadersAndAnEmptyLine() throws RosterException {
        ImportResult result = reader.read(Fixtures.file("roster-en-utf8.csv"), ImportOptions.defaults());
        assertEquals(Optional.of(StandardCharsets.UTF_8), result.charset());
        assertEquals(1, result.headerRow());
        assertEquals(2, result.entries().size());
        assertEquals(1, result.skippedRows());
        assertEquals(Optional.of("00000777"), entry(result, 2).value(RosterField.CERTIFICATE_NUMBER));
        assertEquals("CC-10", entry(result, 2).otherColumns().get("Cost centre"));
        assertEquals(2, result.accepted());
    }

    @Test
    void aForcedCharacterSetIsUsedAndSaidSo() throws RosterException {
        ImportResult result = reader.read(Fixtures.file("roster-en-utf8.csv"),
                ImportOptions.builder().charset(CharsetDetector.WINDOWS_31J).build());
        assertEquals(Optional.of(CharsetDetector.WINDOWS_31J), result.charset());
        Finding encoding = result.findings().get(0);
        assertEquals(FindingCode.ENCODING_USED, encoding.code());
        assertEquals(List.of("windows-31j", "as chosen"), encoding.arguments());
        assertNotEquals(0, result.accepted());
    }
}
