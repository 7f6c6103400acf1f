package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.roster.ImportOptions;
import io.certdesk.ui.internal.audit.Messages;
import io.certdesk.ui.internal.parts.AuditPart;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Audit part on a real workspace (created, a roster imported): its records in the table, Verify Chain clicked
 * with a real mouse event and its verdict in words with an icon, Export CSV into a file.
 */
class AuditTest {

    private static JobService jobs;

    @TempDir
    Path temp;

    @BeforeAll
    static void services() throws Exception {
        jobs = Services.get(JobService.class);
    }

    @Test
    void recordsVerifyAndExport() throws Exception {
        Path folder = temp.resolve("ws");
        char[] secret = "audit passphrase 1".toCharArray();
        Path roster = temp.resolve("roster.csv");
        Files.writeString(roster, "Group ID,Certificate number,Retrieval password,Name,Email,Department\r\n"
                + "GROUP-A,30000001,Secret-1,Audit User,audit@example.jp,IT\r\n", StandardCharsets.UTF_8);
        try (WorkspaceSession session = jobs.create(folder, secret,
                WorkspaceSettings.defaults().withTrust(WorkspaceTrust.pinning("00".repeat(32))))) {
            jobs.importRoster(session, roster, ImportOptions.defaults());
        }
        try (PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO))) {
            AuditPart audit = ui.audit();
            assertTrue(audit.table().getItemCount() == 0);
            ui.model.open(folder, secret);
            ui.waitForStatus();
            Table table = audit.table();
            Ui.waitUntil(ui.display, () -> table.getItemCount() > 0, Duration.ofSeconds(30), "the audit records");
            int records = table.getItemCount();
            List<String> actions = new java.util.ArrayList<>();
            for (int i = 0; i < records; i++) {
                actions.add(table.getItem(i).getText(2));
            }
            assertTrue(actions.stream().anyMatch(a -> a.contains("import")), actions.toString());
            // in words, the recorded id kept after them
            String created = Ui.japanese() ? "\u30ef\u30fc\u30af\u30b9\u30da\u30fc\u30b9\u3092\u4f5c\u6210 (workspace.created)"
                    : "Workspace created (workspace.created)";
            assertTrue(actions.contains(created), actions.toString());
            String imported = (Ui.japanese() ? "\u9805\u76ee: " : "Entry: ")
                    + io.certdesk.workspace.EntryState.IMPORTED.displayName() + " (entry.imported)";
            assertTrue(actions.contains(imported), actions.toString());
            assertEquals(System.getProperty("user.name"), table.getItem(0).getText(1));
            assertTrue(table.getItem(0).getText(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
                    table.getItem(0).getText(0));
            assertEquals(Messages.notVerified, audit.verdictText());

            Ui.activate(ui.auditShell());
            Ui.click(audit.verifyButton());
            Ui.waitUntil(ui.display, audit::verdictHasIcon, Duration.ofSeconds(30), "the verdict");
            String intact = Messages.verdictIntact.substring(0, Messages.verdictIntact.indexOf('{'));
            assertTrue(audit.verdictText().startsWith(intact), audit.verdictText());
            assertTrue(audit.verdictText().contains(Integer.toString(records)), audit.verdictText());
            Ui.screenshot(ui.auditShell(), "audit");

            Path csv = temp.resolve("audit.csv");
            var export = audit.export(csv);
            Ui.waitUntil(ui.display, () -> export.getState() == org.eclipse.core.runtime.jobs.Job.NONE
                    && ui.log.lines().stream().anyMatch(l -> l.text().contains(csv.toString())), Duration.ofSeconds(30),
                    "the export");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.size() > records, lines.size() + " lines for " + records + " records");
        }
    }
}
