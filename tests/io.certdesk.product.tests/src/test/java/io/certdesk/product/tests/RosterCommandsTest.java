package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code certdesk roster check} inside the built product (DS reader service, POI and Commons CSV in OSGi) on the
 * spreadsheets LibreOffice saved for the roster bundle's tests.
 */
class RosterCommandsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static Path script;
    private static Path testdata;

    @BeforeAll
    static void locate() throws Exception {
        script = Products.linuxScript();
        testdata = Products.repository().resolve("bundles/io.certdesk.roster/src/test/resources/testdata");
    }

    private static CommandResult certdesk(String... args) throws Exception {
        return CommandResult.run(TIMEOUT, env -> env.remove("DISPLAY"),
                CommandResult.command(script, args).toArray(String[]::new));
    }

    @Test
    void japaneseWorkbookWithTitleRowsIsCheckedRowByRow() throws Exception {
        CommandResult result = certdesk("roster", "check", testdata.resolve("roster-ja.xlsx").toString());
        assertEquals(1, result.exit(), "rows are rejected, so the exit code is 1: " + result);
        assertTrue(result.out().contains("Header row: 3"), result::toString);
        assertTrue(result.out().contains("11 rows: 3 accepted, 4 with warnings, 4 rejected"), result::toString);
        assertTrue(result.out().contains("hidden sheet"), result::toString);
        assertEquals("", result.err(), "nothing but CertDesk's own output: " + result);
    }

    @Test
    void cp932CsvIsDetectedAndReportedInJapanese() throws Exception {
        CommandResult result = certdesk("-nl", "ja", "roster", "check", "--json",
                testdata.resolve("roster-ja-cp932.csv").toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.out().contains("\"encoding\":\"windows-31j\""), result::toString);
        assertTrue(result.out().contains("\u30b0\u30eb\u30fc\u30d7ID"), result::toString); // グループID
    }

    @Test
    void zipBombIsRefusedWithinSeconds() throws Exception {
        CommandResult result = certdesk("roster", "check", testdata.resolve("zip-bomb.xlsx").toString());
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("zip bomb"), result::toString);
        assertTrue(result.elapsed().toSeconds() < 30, result::toString);
    }
}
