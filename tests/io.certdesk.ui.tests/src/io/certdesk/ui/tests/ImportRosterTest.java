package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RosterPreview;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.roster.RosterField;
import io.certdesk.ui.internal.roster.ImportResultDialog;
import io.certdesk.ui.internal.roster.ImportRosterWizard;
import io.certdesk.ui.internal.roster.Messages;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Import roster wizard on a real workspace through the OSGi {@link JobService}, driven with real key and mouse
 * events: a roster of 25 rows with one bad row; the mapping page with the detected columns and the first 20 rows,
 * passwords masked; the findings filtered by severity and copied; Finish imports in a job and lists the skipped row
 * and why. A Japanese Shift_JIS CSV is detected as such. The Entries part accepts dropped files.
 */
class ImportRosterTest {

    private static JobService jobs;

    @TempDir
    Path temp;

    @BeforeAll
    static void services() throws Exception {
        jobs = Services.get(JobService.class);
    }

    private PartHarness openWorkspace() throws Exception {
        Path folder = temp.resolve("ws");
        char[] passphrase = "import test passphrase".toCharArray();
        try (WorkspaceSession created = jobs.create(folder, passphrase,
                WorkspaceSettings.defaults().withTrust(io.certdesk.workspace.WorkspaceTrust.pinning("00".repeat(32))))) {
            assertEquals(0, created.entries().size());
        }
        PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO));
        ui.model.open(folder, passphrase);
        ui.waitForStatus();
        return ui;
    }

    @Test
    void wizardPreviewsMasksFiltersCopiesAndImports() throws Exception {
        Path roster = temp.resolve("roster.csv");
        StringBuilder csv = new StringBuilder("Group ID,Certificate number,Retrieval password,Name,Email,Department\r\n");
        for (int i = 0; i < 25; i++) {
            String number = i == 5 ? "" : Integer.toString(30_000_000 + i); // row 7: no certificate number
            csv.append("GROUP-C,").append(number).append(",Pickup-Secret-").append(i).append(",User ").append(i)
                    .append(",user").append(i).append("@example.jp,Dept ").append(i % 3).append("\r\n");
        }
        Files.writeString(roster, csv, StandardCharsets.UTF_8);
        try (PartHarness ui = openWorkspace()) {
            Object drop = ui.part.table().viewer().getTable().getParent().getData(DND.DROP_TARGET_KEY);
            DropTarget target = assertInstanceOf(DropTarget.class, drop, "the Entries part accepts no dropped files");
            assertTrue(java.util.Arrays.asList(target.getTransfer()).contains(FileTransfer.getInstance()));

            WizardDialog dialog = ui.actions.importRosterDialog(ui.shell, Optional.empty());
            dialog.setBlockOnOpen(false);
            dialog.open();
            Shell shell = dialog.getShell();
            ImportRosterWizard wizard = (ImportRosterWizard) dialog.getCurrentPage().getWizard();
            Ui.activate(shell);
            Button next = Ui.button(shell, IDialogConstants.NEXT_LABEL);
            Button finish = Ui.button(shell, IDialogConstants.FINISH_LABEL);
            assertFalse(next.isEnabled());
            Ui.typeInto(wizard.filePage().fileText(), temp.resolve("nope.csv").toString());
            Ui.waitUntil(ui.display, () -> String.valueOf(wizard.filePage().getErrorMessage()).contains("nope.csv"),
                    Duration.ofSeconds(10), "the error about nope.csv");
            wizard.filePage().fileText().selectAll();
            Ui.type(ui.display, roster.toString());
            Ui.waitUntil(ui.display, next::isEnabled, Duration.ofSeconds(10), "Next for " + roster);
            assertFalse(finish.isEnabled(), "Finish before the roster was read");
            Ui.screenshot(shell, "import-file");
            Ui.click(next);

            Ui.waitUntil(ui.display, () -> wizard.preview() != null, Duration.ofSeconds(30), "the preview");
            RosterPreview preview = wizard.preview();
            assertEquals(25, preview.totalRows());
            assertEquals(1, preview.rejected());
            assertEquals("Email", wizard.mappingPage().combo(RosterField.EMAIL).getText());
            assertEquals("Certificate number", wizard.mappingPage().combo(RosterField.CERTIFICATE_NUMBER).getText());
            Table rows = wizard.mappingPage().rows();
            assertEquals(ImportRosterWizard.PREVIEW_ROWS, rows.getItemCount());
            int passwordColumn = 2 + preview.headers().indexOf("Retrieval password");
            for (TableItem item : rows.getItems()) {
                assertEquals(RosterPreview.MASK, item.getText(passwordColumn));
                for (int c = 0; c < rows.getColumnCount(); c++) {
                    assertFalse(item.getText(c).contains("Pickup-Secret"), "a retrieval password is shown");
                }
            }
            assertEquals(Messages.statusRejected, rows.getItem(5).getText(1));
            assertTrue(finish.isEnabled());
            Ui.screenshot(shell, "import-mapping");
            Ui.click(next);

            Table findings = wizard.findingsPage().table();
            assertTrue(findings.getItemCount() >= 1);
            int all = findings.getItemCount();
            selectByKeys(ui, wizard.findingsPage().filterCombo(), 1); // Errors
            assertEquals(Messages.findingsErrors, wizard.findingsPage().filterCombo().getText());
            assertEquals(1, findings.getItemCount());
            assertTrue(all >= findings.getItemCount());
            assertEquals(Messages.severityError, findings.getItem(0).getText(0));
            assertTrue(findings.getItem(0).getText(1).contains("7"), findings.getItem(0).getText(1));
            assertTrue(findings.getItem(0).getImage(0) != null, "a severity without its icon");
            Ui.click(Ui.button(shell, Messages.findingsCopy));
            Clipboard clipboard = new Clipboard(ui.display);
            try {
                String copied = (String) clipboard.getContents(TextTransfer.getInstance());
                assertEquals(wizard.findingsPage().tsv(), copied);
                assertEquals(2, copied.split("\r\n").length, copied);
                assertTrue(copied.split("\r\n")[1].split("\t").length == 3, copied);
            } finally {
                clipboard.dispose();
            }
            Ui.screenshot(shell, "import-findings");

            String[] skipped = new String[1];
            Ui.whenShellOpens(ui.display, Messages.resultTitle, result -> {
                ImportResultDialog resultDialog = (ImportResultDialog) result.getData();
                skipped[0] = resultDialog.skippedText();
                try {
                    Ui.screenshot(result, "import-result");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
                Ui.key(ui.display, '\r', 0);
            });
            Ui.click(finish);
            Ui.waitUntil(ui.display, () -> skipped[0] != null, Duration.ofSeconds(60), "the import result");
            assertTrue(skipped[0].contains("7"), skipped[0]);
            Ui.waitUntil(ui.display, () -> ui.table().getItemCount() == 24, Duration.ofSeconds(30), "24 entries");
            Ui.screenshot(ui.shell, "import-entries");
        }
    }

    /** Moves a read-only combo's selection with the Down key, from the first item. */
    private static void selectByKeys(PartHarness ui, org.eclipse.swt.widgets.Combo combo, int index) {
        combo.setFocus();
        Ui.settle(ui.display, 100);
        for (int i = combo.getSelectionIndex(); i < index; i++) {
            Ui.key(ui.display, '\0', SWT.ARROW_DOWN);
        }
        Ui.settle(ui.display, 200);
    }

    @Test
    void aJapaneseShiftJisRosterIsReadWithItsHeaders() throws Exception {
        Path roster = temp.resolve("meibo.csv");
        String text = "\u30b0\u30eb\u30fc\u30d7ID,\u8a3c\u660e\u66f8\u756a\u53f7,\u53d6\u5f97\u30d1\u30b9\u30ef\u30fc\u30c9,"
                + "\u6c0f\u540d,\u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9\r\n"
                + "GROUP-J,40000001,Secret-1,\u5c71\u7530 \u592a\u90ce,yamada@example.jp\r\n";
        Files.write(roster, text.getBytes(Charset.forName("windows-31j")));
        try (PartHarness ui = openWorkspace()) {
            WizardDialog dialog = ui.actions.importRosterDialog(ui.shell, Optional.of(roster));
            dialog.setBlockOnOpen(false);
            dialog.open();
            Shell shell = dialog.getShell();
            ImportRosterWizard wizard = (ImportRosterWizard) dialog.getCurrentPage().getWizard();
            Ui.activate(shell);
            assertEquals(roster.toString(), wizard.filePage().fileText().getText(), "the dropped file is not filled in");
            Ui.click(Ui.button(shell, IDialogConstants.NEXT_LABEL));
            Ui.waitUntil(ui.display, () -> wizard.preview() != null, Duration.ofSeconds(30), "the preview");
            assertEquals("\u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9",
                    wizard.mappingPage().combo(RosterField.EMAIL).getText());
            assertEquals("\u5c71\u7530 \u592a\u90ce", wizard.mappingPage().rows().getItem(0).getText(2 + 3));
            Ui.screenshot(shell, "import-shift-jis");
            dialog.close();
        }
    }
}
