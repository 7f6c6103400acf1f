package io.certdesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.certdesk.roster.internal.DefaultRosterReader;

/**
 * Workbooks whose damage POI only notices after opening them (while listing the sheets or reading a row) are refused
 * as damaged, naming the file, instead of escaping as a runtime exception. The files are fuzzer findings, kept in the
 * fuzz corpus so that every test run replays them.
 */
class DamagedWorkbookTest {

    private static final Path XLS = Path.of("src/test/resources/io/certdesk/roster/fuzz/RosterFuzzTestInputs/xls");
    private static final Path XLSX = Path.of("src/test/resources/io/certdesk/roster/fuzz/RosterFuzzTestInputs/xlsx");

    @Test
    void anXlsWhoseSheetListIsShorterThanItsSheetsIsDamaged() {
        Path file = XLS.resolve("sheet-index-beyond-bound-sheets.xls");
        RosterException refused = assertThrows(RosterException.class,
                () -> new DefaultRosterReader().read(file, ImportOptions.defaults()));
        assertEquals(RosterProblem.DAMAGED, refused.problem(), refused.getMessage());
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
    }

    /**
     * A fuzzer finding: an xlsx with one ZIP entry compressed with Zstandard (method 20) made commons-compress load
     * its optional zstd codec, and the NoClassDefFoundError escaped the reader (a crash instead of an answer).
     */
    @Test
    void anXlsxWithAZstandardEntryIsDamaged() {
        Path file = XLSX.resolve("zstd-compressed-entry.xlsx");
        RosterException refused = assertThrows(RosterException.class,
                () -> new DefaultRosterReader().read(file, ImportOptions.defaults()));
        assertEquals(RosterProblem.DAMAGED, refused.problem(), refused.getMessage());
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("Zstandard"), refused.getMessage());
    }
}
