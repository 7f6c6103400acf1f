package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.DemoSetup;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.ui.internal.create.Messages;
import io.certdesk.ui.internal.create.NewWorkspaceWizard;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting, the way a person does it: the start page while no workspace is open; File &gt; New workspace as a wizard
 * driven with real key and mouse events (folder, passphrase twice with its strength hint, the compatible profile, a CA
 * file made by openssl) that creates a real workspace through the OSGi {@link JobService}; the workspace in the recent
 * list, reopened with the passphrase dialog (never echoing; a wrong passphrase first); and Try the demo, whose portal
 * stops when the workspace closes.
 */
class StartTest {

    private static JobService jobs;
    private static DemoService demos;

    @TempDir
    Path temp;

    @BeforeAll
    static void services() throws Exception {
        jobs = Services.get(JobService.class);
        demos = Services.get(DemoService.class);
    }

    @Test
    void newWorkspaceWizardCreatesTheWorkspaceAndTheRecentListReopensIt() throws Exception {
        Path ca = caCertificate();
        Path folder = temp.resolve("batch-2026");
        try (PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO))) {
            assertTrue(ui.part.startPage().control().isVisible(), "no start page without a workspace");
            assertFalse(ui.table().isVisible());
            assertTrue(ui.part.startPage().recentButtons().isEmpty());
            Ui.screenshot(ui.shell, "start-page");

            WizardDialog dialog = ui.actions.newWorkspaceDialog(ui.shell);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Shell wizardShell = dialog.getShell();
            NewWorkspaceWizard wizard = (NewWorkspaceWizard) dialog.getCurrentPage().getWizard();
            Ui.activate(wizardShell);
            Button next = Ui.button(wizardShell, IDialogConstants.NEXT_LABEL);
            Button finish = Ui.button(wizardShell, IDialogConstants.FINISH_LABEL);
            assertFalse(next.isEnabled(), "Next before a folder was given");

            Files.writeString(Files.createDirectories(temp.resolve("used")).resolve("x.txt"), "x");
            Ui.typeInto(wizard.folderPage().text(), temp.resolve("used").toString());
            Ui.waitUntil(ui.display, () -> String.valueOf(wizard.folderPage().getErrorMessage())
                    .contains(temp.resolve("used").toString()), Duration.ofSeconds(10), "the error about the used folder");
            assertFalse(next.isEnabled(), "a folder that is not empty was accepted");
            wizard.folderPage().text().selectAll();
            Ui.type(ui.display, folder.toString());
            Ui.waitUntil(ui.display, next::isEnabled, Duration.ofSeconds(10), "Next for " + folder);
            Ui.screenshot(wizardShell, "new-workspace-folder");
            Ui.click(next);

            Text[] boxes = Ui.find((org.eclipse.swt.widgets.Composite) wizard.passphrasePage().getControl(), Text.class)
                    .toArray(Text[]::new);
            assertEquals(2, boxes.length);
            for (Text box : boxes) {
                assertTrue((box.getStyle() & SWT.PASSWORD) != 0, "the passphrase box echoes");
            }
            Ui.typeInto(boxes[0], "short");
            assertTrue(wizard.passphrasePage().strengthText().contains(
                    Messages.strengthTooShort.replace("{0}", "10")), wizard.passphrasePage().strengthText());
            assertFalse(next.isEnabled());
            Ui.type(ui.display, " and then some words");
            assertTrue(wizard.passphrasePage().strengthText().contains(Messages.strengthStrong),
                    wizard.passphrasePage().strengthText());
            Ui.typeInto(boxes[1], "short and then some word");
            assertEquals(Messages.passphraseDiffer, wizard.passphrasePage().getErrorMessage());
            assertFalse(next.isEnabled(), "two different passphrases accepted");
            Ui.type(ui.display, "s");
            assertTrue(next.isEnabled());
            Ui.screenshot(wizardShell, "new-workspace-passphrase");
            Ui.click(next);

            assertTrue(wizard.profilePage().modernButton().getSelection(), "modern is not the default");
            Ui.click(wizard.profilePage().compatButton());
            assertTrue(wizard.profilePage().compatButton().getSelection());
            Ui.screenshot(wizardShell, "new-workspace-profile");
            Ui.click(next);

            assertFalse(finish.isEnabled(), "Finish without a trust anchor");
            Ui.typeInto(wizard.trustPage().pinText(), "12:ab");
            assertEquals(Messages.trustPinInvalid, wizard.trustPage().getErrorMessage());
            Ui.typeInto(wizard.trustPage().caFileText(), temp.resolve("missing.pem").toString());
            Ui.click(Ui.button(wizardShell, Messages.trustAdd));
            assertTrue(wizard.trustPage().getErrorMessage().contains(temp.resolve("missing.pem").toString()),
                    wizard.trustPage().getErrorMessage());
            assertFalse(finish.isEnabled());
            Ui.click(wizard.trustPage().caFileText()); // the focus was on Add
            wizard.trustPage().caFileText().selectAll();
            Ui.type(ui.display, ca.toString());
            Ui.click(Ui.button(wizardShell, Messages.trustAdd));
            assertEquals(1, wizard.trustPage().caList().getItemCount());
            assertTrue(finish.isEnabled(), String.valueOf(wizard.trustPage().getErrorMessage()));
            Ui.screenshot(wizardShell, "new-workspace-trust");
            Ui.click(finish);

            ui.waitForStatus();
            assertTrue(wizardShell.isDisposed(), "the wizard stayed open");
            assertFalse(ui.model.problem().isPresent(), ui.model.problem().orElse(""));
            assertEquals(folder, ui.model.session().orElseThrow().folder());
            WorkspaceSettings settings = ui.model.status().orElseThrow().settings();
            assertEquals(ExportProfile.COMPAT, settings.exportProfile());
            assertEquals(1, settings.trust().trustedCertificates().size());
            assertEquals("CN=CertDesk UI Test Root", settings.trust().trustedCertificates().get(0).getSubjectX500Principal()
                    .getName());
            assertTrue(ui.table().isVisible());
            assertFalse(ui.part.startPage().control().isVisible());
            assertEquals(List.of(folder), ui.actions.recent().list());

            ui.model.closeWorkspace();
            Ui.waitUntil(ui.display, () -> ui.part.startPage().control().isVisible(), Duration.ofSeconds(30),
                    "the start page after closing");
            List<Button> recent = ui.part.startPage().recentButtons();
            assertEquals(1, recent.size());
            assertEquals(folder.toString(), recent.get(0).getText());

            // a wrong passphrase first: the part says so and the workspace stays closed
            enterPassphrase(ui, "wrong passphrase 1");
            Ui.click(recent.get(0));
            Ui.waitUntil(ui.display, () -> ui.model.problem().isPresent(), Duration.ofSeconds(30), "the refusal");
            assertFalse(ui.model.session().isPresent());
            Ui.screenshot(ui.shell, "start-wrong-passphrase");

            enterPassphrase(ui, "short and then some words");
            Ui.click(ui.part.startPage().recentButtons().get(0));
            Ui.waitUntil(ui.display, () -> ui.model.session().isPresent() && ui.model.status().isPresent()
                    && ui.model.problem().isEmpty(), Duration.ofSeconds(30), "the reopened workspace");
            assertEquals(folder, ui.model.session().get().folder());
        }
    }

    /** Types the passphrase into the passphrase dialog once it opens (checking it never echoes) and presses Enter. */
    private static void enterPassphrase(PartHarness ui, String passphrase) {
        Ui.whenShellOpens(ui.display, io.certdesk.ui.internal.Messages.openTitle, dialog -> {
            Text box = Ui.find(dialog, Text.class).get(0);
            assertTrue((box.getStyle() & SWT.PASSWORD) != 0, "the passphrase box echoes");
            assertNotEquals('\0', box.getEchoChar());
            Ui.type(ui.display, passphrase);
            try {
                Ui.screenshot(dialog, "passphrase-dialog");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            Ui.key(ui.display, '\r', 0);
        });
    }

    @Test
    void tryTheDemoOpensItsWorkspaceAndClosingStopsItsPortal() throws Exception {
        Path demoFolder = temp.resolve("demo");
        try (PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO), demos,
                () -> demoFolder)) {
            Button demo = ui.part.startPage().demoButton();
            assertTrue(demo.isEnabled());
            Ui.click(demo);
            Ui.waitUntil(ui.display, () -> ui.model.status().isPresent() || ui.model.problem().isPresent(),
                    Duration.ofSeconds(120), "the demo");
            assertFalse(ui.model.problem().isPresent(), ui.model.problem().orElse(""));
            DemoSetup setup = ui.model.demo().orElseThrow();
            Ui.settle(ui.display, 200);
            assertEquals(10, ui.table().getItemCount());
            assertTrue(ui.part.table().rows().stream().allMatch(r -> r.entry().state() == EntryState.IMPORTED));
            assertTrue(reachable(setup), "the demo portal is not running");
            Ui.screenshot(ui.shell, "start-demo");

            ui.model.closeWorkspace();
            Ui.waitUntil(ui.display, () -> ui.model.session().isEmpty() && ui.part.startPage().control().isVisible(),
                    Duration.ofSeconds(30), "the closed demo");
            assertFalse(reachable(setup), "the demo portal still runs after closing");
            assertTrue(ui.actions.recent().list().isEmpty(), "the demo workspace went into the recent list");
            try (WorkspaceSession again = jobs.open(setup.workspace(),
                    Files.readString(setup.passphraseFile()).strip().toCharArray())) {
                assertEquals(10, again.entries().size(), "closing left the workspace locked or empty");
            }
        }
    }

    private static boolean reachable(DemoSetup setup) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(setup.portal().getHost(), setup.portal().getPort()), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A CA certificate made by openssl (PEM). */
    private Path caCertificate() throws IOException, InterruptedException {
        Path key = temp.resolve("ca-key.pem");
        Path cert = temp.resolve("ca.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-keyout", key.toString(), "-out", cert.toString(), "-days", "30",
                "-subj", "/CN=CertDesk UI Test Root").redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes());
        assertTrue(openssl.waitFor(60, TimeUnit.SECONDS) && openssl.exitValue() == 0, output);
        return cert;
    }
}
