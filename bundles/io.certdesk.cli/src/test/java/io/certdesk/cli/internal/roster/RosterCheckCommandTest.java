package io.certdesk.cli.internal.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.cli.CommandContribution;
import io.certdesk.roster.Fixtures;
import io.certdesk.jobs.JobServices;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.testing.TestCertificates;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code certdesk roster check} run through picocli under a stand-in root command, as the CLI bundle does. */
class RosterCheckCommandTest {

    @Command(name = "certdesk")
    static final class Root implements Runnable {
        @Override
        public void run() {
            // only a parent
        }
    }

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Locale locale, String... args) {
        CommandContribution contribution = new RosterCommandContribution(JobServices.create(RosterReaders.create(), TestCertificates.engine()));
        CommandLine root = new CommandLine(new Root());
        CommandLine roster = new CommandLine(contribution.newCommand());
        contribution.helpTexts(locale).ifPresent(roster::setResourceBundle);
        root.addSubcommand(roster);
        root.setOut(new PrintWriter(out));
        root.setErr(new PrintWriter(err));
        return root.execute(args);
    }

    @Test
    void printsTheMappingAndEveryFindingAndFailsOnRejectedRows() {
        assertEquals(1, run(Locale.ENGLISH, "roster", "check", Fixtures.file("roster-ja.xlsx").toString()));
        String text = out.toString();
        assertTrue(text.contains("Sheet: 名簿"), text);
        assertTrue(text.contains("Header row: 3"), text);
        assertTrue(text.contains("Certificate number (certificateNumber): \"証明書番号\" (column B)"), text);
        assertTrue(text.contains("[error] row 9, column \"証明書番号\": Certificate number 00012345 is already used in row 4."), text);
        assertTrue(text.contains("[warning] row 8: The row is hidden"), text);
        assertTrue(text.contains("11 rows: 3 accepted, 4 with warnings, 4 rejected; 1 empty rows skipped."), text);
        assertTrue(!text.contains("Ab3dEf9h") && !text.contains("Xy7kLm2P"), "no retrieval password is printed");
    }

    @Test
    void exitsZeroWhenNoRowIsRejected() {
        assertEquals(0, run(Locale.ENGLISH, "roster", "check", Fixtures.file("roster-en-utf8.csv").toString()));
        assertTrue(out.toString().contains("Character set: UTF-8"), out.toString());
    }

    @Test
    void jsonOutput() {
        assertEquals(1, run(Locale.ENGLISH, "roster", "check", "--json", "--sheet", "名簿",
                Fixtures.file("roster-ja.xlsx").toString()));
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"file\":") && json.endsWith("}"), json);
        assertTrue(json.contains("\"certificateNumber\":{\"column\":\"B\",\"header\":\"証明書番号\"}"), json);
        assertTrue(json.contains("\"summary\":{\"rows\":11,\"accepted\":3,\"warned\":4,\"rejected\":4,\"skipped\":1"), json);
        assertTrue(json.contains("{\"row\":10,\"column\":\"取得パスワード\",\"field\":\"retrievalPassword\",\"severity\":\"error\","
                + "\"code\":\"NON_ASCII_PASSWORD\""), json);
        assertTrue(json.contains("佐藤 花子"), "line break replaced, JSON stays on one line");
        assertEquals(1, json.lines().count());
    }

    @Test
    void refusedFilesAndUsageErrors() throws Exception {
        assertEquals(1, run(Locale.ENGLISH, "roster", "check", Fixtures.file("xxe.xlsx").toString()));
        assertTrue(err.toString().contains("Refused"), err.toString());
        assertEquals(1, run(Locale.ENGLISH, "roster", "check", "--json", Fixtures.file("zip-bomb.xlsx").toString()));
        assertTrue(out.toString().contains("\"problem\":\"UNSAFE_COMPRESSION\""), out.toString());
        assertEquals(2, run(Locale.ENGLISH, "roster", "check", "--encoding", "no-such-charset", "x.csv"));
        assertEquals(2, run(Locale.ENGLISH, "roster", "check"));
        Path mapping = dir.resolve("m.properties");
        Files.writeString(mapping, "retrievalPassword = column:C\nheaderRow = 3\n");
        assertEquals(1, run(Locale.ENGLISH, "roster", "check", "--mapping", mapping.toString(),
                Fixtures.file("roster-ja-cp932.csv").toString()));
        assertTrue(out.toString().contains("windows-31j"), out.toString());
        assertEquals(1, run(Locale.ENGLISH, "roster", "check", "--max-rows", "5", Fixtures.file("roster-ja.xls").toString()));
        assertTrue(err.toString().contains("more than 5 data rows"), err.toString());
    }

    @Test
    void helpInEnglishAndJapanese() {
        assertEquals(0, run(Locale.ENGLISH, "roster", "check", "--help"));
        assertTrue(out.toString().contains("Read a roster as a batch would"), out.toString());
        assertTrue(out.toString().contains("--mapping=FILE"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run(Locale.JAPANESE, "roster", "check", "--help"));
        assertTrue(out.toString().contains("名簿を一括処理と同じ方法で読み込み"), out.toString());
        assertTrue(out.toString().contains("見出しの自動検出より優先する列の対応付けファイル"), out.toString());
    }
}
