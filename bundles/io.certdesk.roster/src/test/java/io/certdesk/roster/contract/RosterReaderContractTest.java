package io.certdesk.roster.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.roster.Fixtures;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.ImportResult;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterField;
import io.certdesk.roster.RosterFormat;
import io.certdesk.roster.RosterProblem;
import io.certdesk.roster.RosterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link RosterReader} must do: read the three formats, report row problems as findings (never as
 * exceptions), refuse a whole file only with a {@link RosterException} carrying its problem and catalogue code.
 * Each implementation runs it through a subclass.
 */
public abstract class RosterReaderContractTest {

    @TempDir
    Path dir;

    /** The reader under test. */
    protected abstract RosterReader reader();

    @Test
    void aWorkbookAndItsCsvGiveTheSameEntries() throws Exception {
        ImportResult csv = reader().read(Fixtures.file("roster-ja-cp932.csv"), ImportOptions.defaults());
        assertEquals(RosterFormat.CSV, csv.format());
        assertEquals(Optional.of("佐藤 花子"), Fixtures.entry(csv, 5).value(RosterField.NAME));
        assertEquals(Optional.of("00012345"), Fixtures.entry(csv, 4).value(RosterField.CERTIFICATE_NUMBER));
        assertEquals(4, csv.rejected(), "row problems are findings, not exceptions");
    }

    @Test
    void unknownColumnsAreKeptWithTheirHeaders() throws Exception {
        ImportResult result = reader().read(Fixtures.file("roster-en-utf8.csv"), ImportOptions.defaults());
        assertEquals(1, result.headerRow());
        assertTrue(result.headers().contains("Cost centre"), result.headers().toString());
        assertEquals("CC-10", Fixtures.entry(result, 2).otherColumns().get("Cost centre"));
        assertEquals(2, result.accepted());
    }

    @Test
    void aMissingFileIsRefusedWithItsCatalogueCode() {
        RosterException e = assertThrows(RosterException.class,
                () -> reader().read(dir.resolve("missing.xlsx"), ImportOptions.defaults()));
        assertEquals(RosterProblem.CANNOT_READ, e.problem());
        assertEquals(ErrorCode.ROSTER_CANNOT_READ, e.code());
        assertTrue(e.getMessage().contains("missing.xlsx"), e.getMessage());
    }

    @Test
    void aFileThatIsNoRosterIsRefusedAsAWhole() throws Exception {
        Path binary = dir.resolve("roster.xlsx");
        Files.write(binary, new byte[] { 0x7f, 'E', 'L', 'F', 0, 1, 2, 3, 0, 0, 0, 0 });
        RosterException e = assertThrows(RosterException.class, () -> reader().read(binary, ImportOptions.defaults()));
        assertEquals(e.problem().code(), e.code());
        assertTrue(e.problem() == RosterProblem.UNKNOWN_FORMAT || e.problem() == RosterProblem.DAMAGED, e.problem().name());
    }

    @Test
    void aFileWithoutHeadersIsRefusedWithNoHeaderRow() throws Exception {
        Path csv = dir.resolve("numbers.csv");
        Files.writeString(csv, "1,2,3\n4,5,6\n", StandardCharsets.UTF_8);
        RosterException e = assertThrows(RosterException.class, () -> reader().read(csv, ImportOptions.defaults()));
        assertEquals(RosterProblem.NO_HEADER_ROW, e.problem());
        assertEquals(ErrorCode.ROSTER_NO_HEADER_ROW, e.code());
    }
}
