package io.certdesk.roster;

import static io.certdesk.roster.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.roster.internal.DefaultRosterReader;

/** A saved column mapping overrides detection; sheets can be chosen by name. */
class MappingTest {

    @TempDir
    Path dir;

    private final DefaultRosterReader reader = new DefaultRosterReader();

    @Test
    void mappingFileOverridesDetection() throws Exception {
        Path mappingFile = dir.resolve("mapping.properties");
        // 社員番号 (employee number) is read as the certificate number; the department by column letter
        Files.writeString(mappingFile, "# test\nsheet = 名簿\nheaderRow = 3\ncertificateNumber = 社員番号\n"
                + "department = column:K\n", StandardCharsets.UTF_8);
        ColumnMapping mapping = ColumnMapping.load(mappingFile);
        ImportResult result = reader.read(Fixtures.file("roster-ja.xlsx"), ImportOptions.builder().mapping(mapping).build());
        assertEquals(Optional.of("000123"), entry(result, 4).value(RosterField.CERTIFICATE_NUMBER));
        assertEquals(Optional.of("部長承認済み"), entry(result, 4).value(RosterField.DEPARTMENT));
        assertEquals("00012345", entry(result, 4).otherColumns().get("証明書番号"), "the detected column is kept");
        assertEquals(0, result.findings().stream().filter(f -> f.code() == FindingCode.DUPLICATE_CERTIFICATE_NUMBER).count());
    }

    @Test
    void mappingRoundTripsAndRejectsUnknownKeys() throws Exception {
        ColumnMapping mapping = ColumnMapping.of(Map.of(RosterField.EMAIL, "連絡先", RosterField.NAME, "column:D"), "名簿", 3);
        StringWriter text = new StringWriter();
        mapping.store(text);
        Path file = dir.resolve("m.properties");
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        ColumnMapping loaded = ColumnMapping.load(file);
        assertEquals(mapping.columns(), loaded.columns());
        assertEquals(Optional.of("名簿"), loaded.sheet());

        Files.writeString(file, "emial = メール\n", StandardCharsets.UTF_8);
        RosterException bad = assertThrows(RosterException.class, () -> ColumnMapping.load(file));
        assertEquals(RosterProblem.BAD_MAPPING, bad.problem());
        assertTrue(bad.getMessage().contains("emial"), bad.getMessage());
    }

    @Test
    void aMappedHeaderThatIsNotThereIsReported() throws Exception {
        ColumnMapping mapping = ColumnMapping.of(Map.of(RosterField.EMAIL, "連絡先メールアドレス2"), null, 0);
        RosterException bad = assertThrows(RosterException.class,
                () -> reader.read(Fixtures.file("roster-ja.xlsx"), ImportOptions.builder().mapping(mapping).build()));
        assertEquals(RosterProblem.BAD_MAPPING, bad.problem());
        assertTrue(bad.getMessage().contains("連絡先メールアドレス2"));
    }

    @Test
    void sheetsAreChosenByNameIncludingHiddenOnes() throws Exception {
        ImportResult old = reader.read(Fixtures.file("roster-ja.xlsx"), ImportOptions.builder().sheet("旧名簿").build());
        assertEquals(Optional.of("旧名簿"), old.sheet());
        assertEquals(1, old.headerRow());
        assertEquals(Optional.of("00011111"), entry(old, 2).value(RosterField.CERTIFICATE_NUMBER));
        RosterException missing = assertThrows(RosterException.class,
                () -> reader.read(Fixtures.file("roster-ja.xlsx"), ImportOptions.builder().sheet("Sheet9").build()));
        assertEquals(RosterProblem.SHEET_NOT_FOUND, missing.problem());
        assertTrue(missing.getMessage().contains("説明, 名簿, 旧名簿"), missing.getMessage());
    }

    @Test
    void englishHeadersAndFormulasInTheLibreOfficeWorkbook() throws Exception {
        ImportResult result = reader.read(Fixtures.file("roster-en.xlsx"), ImportOptions.defaults());
        assertEquals(1, result.headerRow());
        assertEquals(Optional.of("Bob Jones"), entry(result, 3).value(RosterField.NAME));
        assertEquals(Optional.of("bob@example.com"), entry(result, 3).value(RosterField.EMAIL));
        assertEquals(Optional.of("123456789012"), entry(result, 3).value(RosterField.CERTIFICATE_NUMBER));
        assertEquals(Optional.of("1001"), entry(result, 4).value(RosterField.CERTIFICATE_NUMBER));
        assertEquals(Optional.of("-10% team"), entry(result, 4).value(RosterField.DEPARTMENT));
        assertEquals(3, result.accepted());
    }
}
