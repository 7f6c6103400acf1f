package io.certdesk.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.roster.internal.DefaultRosterReader;

/** A generated 20,000-row workbook streams through the reader; the row cap refuses a larger sheet. */
class LargeRosterTest {

    @TempDir
    Path dir;

    @Test
    void twentyThousandRowsStream() throws Exception {
        Path file = RosterGenerator.generate(dir.resolve("large.xlsx"), 20_000);
        ImportResult result = new DefaultRosterReader().read(file, ImportOptions.defaults());
        result.clearSecrets();
        assertEquals(20_000, result.entries().size());
        assertEquals(20_000, result.accepted(), () -> result.findings().stream().filter(f -> f.row() > 0).limit(5).toList().toString());
        assertEquals("00029999", result.entries().get(19_999).value(RosterField.CERTIFICATE_NUMBER).orElseThrow());
        assertEquals("119999", result.entries().get(19_999).otherColumns().get("社員番号"));
    }

    @Test
    void theRowCapRefusesLargerSheets() throws Exception {
        Path file = RosterGenerator.generate(dir.resolve("capped.xlsx"), 1_001);
        ImportOptions capped = ImportOptions.builder().limits(RosterLimits.defaults().withMaxRows(1_000)).build();
        RosterException refused = assertThrows(RosterException.class, () -> new DefaultRosterReader().read(file, capped));
        assertEquals(RosterProblem.TOO_MANY_ROWS, refused.problem());
        assertEquals(1_000, new DefaultRosterReader().read(RosterGenerator.generate(dir.resolve("fits.xlsx"), 1_000), capped).entries().size());
    }

    @Test
    void sharedStringsBudgetIsConfigurable() throws Exception {
        Path file = RosterGenerator.generate(dir.resolve("strings.xlsx"), 2_000);
        ImportOptions small = ImportOptions.builder().limits(RosterLimits.defaults().withMaxSharedStringChars(10_000)).build();
        RosterException refused = assertThrows(RosterException.class, () -> new DefaultRosterReader().read(file, small));
        assertEquals(RosterProblem.TOO_LARGE, refused.problem());
    }
}
