package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.certdesk.crypto.PasswordPolicy.CharacterClass;
import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.SettingsRules;
import io.certdesk.jobs.WorkspaceConfiguration;
import io.certdesk.ui.internal.handlers.WorkspaceSettingsHandler;
import io.certdesk.ui.internal.settings.Messages;
import io.certdesk.ui.internal.settings.SettingsDialog;
import io.certdesk.ui.internal.start.WorkspaceActions;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Workspace Settings on a real workspace (the demo: reference portal and mail sink), driven with real
 * clicks and keys: each page validates as it is typed (the wrong field marked, what is wrong said in the user's
 * language, OK disabled), full-width digits are accepted, Test connection reaches the portal and a proxy that is not
 * there is reported with its catalogue code, a test mail goes to the mail sink, and what was saved is read back when
 * the dialog opens again. A screenshot of each page in the run's language.
 */
class SettingsDialogTest {

    private static JobService jobs;
    private static DemoService demos;

    @TempDir
    Path temp;

    @BeforeAll
    static void services() throws Exception {
        jobs = Services.get(JobService.class);
        demos = Services.get(DemoService.class);
    }

    private static void replace(Text text, String typed) {
        Ui.click(text);
        assertTrue(text.isFocusControl(), "the text box did not take the focus");
        text.selectAll();
        Ui.type(text.getDisplay(), typed);
        assertEquals(typed, text.getText());
    }

    private static String prefix(String message) {
        return message.substring(0, message.indexOf("{0}"));
    }

    private static void waitForResult(Display display, SettingsDialog dialog, String which) {
        Ui.waitUntil(display, () -> dialog.checkJob(which).isPresent() && dialog.checkButton(which).isEnabled()
                && !dialog.checkResult(which).getText().equals(Messages.testing), Duration.ofSeconds(60), "the " + which + " check");
    }

    private static void waitForPreview(Display display, SettingsDialog dialog) {
        Ui.waitUntil(display, () -> dialog.templateJob().isPresent()
                && dialog.templateJob().get().getState() == org.eclipse.core.runtime.jobs.Job.NONE
                && !dialog.templatePreview().getText().equals(Messages.testing), Duration.ofSeconds(60), "the template preview");
        Ui.settle(display, 100);
    }

    @Test
    void everyPageValidatesTestsAndPersists() throws Exception {
        try (PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO))) {
            WorkspaceSettingsHandler handler = new WorkspaceSettingsHandler();
            assertFalse(handler.canExecute(ui.model, ui.jobs), "File > Workspace Settings needs an open workspace");
            ui.model.startDemo(demos, 1, temp.resolve("demo"), WorkspaceActions.demoLocale());
            ui.waitForStatus();
            assertTrue(handler.canExecute(ui.model, ui.jobs));
            org.eclipse.core.runtime.jobs.Job run = ui.jobs.run(java.util.Set.of(), false); // certificates for the template preview
            assertFalse(handler.canExecute(ui.model, ui.jobs), "not while a run goes on");
            Ui.waitUntil(ui.display, () -> run.getState() == org.eclipse.core.runtime.jobs.Job.NONE, Duration.ofSeconds(120), "the run");
            Ui.waitUntil(ui.display, () -> !ui.jobs.running() && ui.model.status().map(st -> st.entries().stream()
                    .anyMatch(e -> e.certificate().isPresent())).orElse(false), Duration.ofSeconds(60), "the status after the run");
            assertFalse(ui.model.problem().isPresent(), ui.model.problem().orElse(""));
            Display display = ui.display;
            SettingsDialog dialog = new SettingsDialog(ui.shell, ui.model);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                Ui.activate(dialog.getShell());
                assertTrue(dialog.okButton().isEnabled(), dialog.problem());
                assertEquals("", dialog.problem());

                // Portal: a wrong address is marked and named, OK waits; the right one tests through to the portal
                Text url = dialog.text("baseUrl");
                String good = url.getText();
                replace(url, "portal");
                assertTrue(dialog.marked("baseUrl"));
                assertFalse(dialog.okButton().isEnabled());
                assertTrue(dialog.problem().contains(SettingsRules.baseUrl("portal").orElseThrow()), dialog.problem());
                assertFalse(dialog.checkButton("connection").isEnabled(), "no test of a wrong address");
                Ui.screenshot(dialog.getShell(), "settings-portal-wrong");
                url.setText(good);
                assertFalse(dialog.marked("baseUrl"));
                assertTrue(dialog.okButton().isEnabled(), dialog.problem());
                Ui.click(dialog.checkButton("connection"));
                waitForResult(display, dialog, "connection");
                assertTrue(dialog.checkResult("connection").getText().startsWith(prefix(Messages.testOk)),
                        dialog.checkResult("connection").getText());
                Ui.screenshot(dialog.getShell(), "settings-portal");

                // Proxy: manual needs a host; a proxy that is not there is 117 with its cause and remedy
                dialog.tabs().setSelection(1);
                Ui.settle(display, 200);
                Ui.click(dialog.proxyManual());
                assertTrue(dialog.proxyManual().getSelection());
                assertTrue(dialog.text("proxyHost").isEnabled());
                assertTrue(dialog.marked("proxyHost"));
                assertTrue(dialog.problem().contains(SettingsRules.host("", true).orElseThrow()), dialog.problem());
                replace(dialog.text("proxyHost"), "127.0.0.1");
                replace(dialog.text("proxyPort"), "99999");
                assertTrue(dialog.marked("proxyPort"));
                assertTrue(dialog.problem().contains(SettingsRules.port("99999").orElseThrow()), dialog.problem());
                int nobody;
                try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                    nobody = socket.getLocalPort();
                }
                dialog.text("proxyPort").setText(toFullWidth(Integer.toString(nobody))); // as a Japanese input method types it
                assertFalse(dialog.marked("proxyPort"), dialog.problem());
                Ui.click(dialog.checkButton("proxy"));
                waitForResult(display, dialog, "proxy");
                String proxyResult = dialog.checkResult("proxy").getText();
                assertTrue(proxyResult.startsWith("117 "), proxyResult);
                assertTrue(proxyResult.contains(io.certdesk.core.errors.ErrorCode.COMM_PROXY_FAILED.remedy()), proxyResult);
                Ui.screenshot(dialog.getShell(), "settings-proxy");
                dialog.proxyManual().setSelection(false);
                Ui.click(Ui.find(dialog.tabs().getItem(1).getControl() instanceof org.eclipse.swt.widgets.Composite c ? c
                        : dialog.getShell(), org.eclipse.swt.widgets.Button.class).get(0)); // "No proxy"
                assertFalse(dialog.text("proxyHost").isEnabled());
                assertTrue(dialog.okButton().isEnabled(), dialog.problem());

                // Mail server: a wrong From is named; a test mail reaches the demo's mail sink
                dialog.tabs().setSelection(2);
                Ui.settle(display, 200);
                String from = dialog.text("from").getText();
                replace(dialog.text("from"), "admin");
                assertTrue(dialog.marked("from"));
                assertTrue(dialog.problem().contains(SettingsRules.mailAddress("admin", true).orElseThrow()), dialog.problem());
                assertFalse(dialog.checkButton("mail").isEnabled());
                dialog.text("from").setText(from);
                replace(dialog.text("rate"), "0");
                assertTrue(dialog.marked("rate"));
                dialog.text("rate").setText("\uff12\uff10"); // 20 in full-width digits
                assertFalse(dialog.marked("rate"), dialog.problem());
                Ui.click(dialog.checkButton("mail"));
                waitForResult(display, dialog, "mail");
                assertTrue(dialog.checkResult("mail").getText().startsWith(prefix(Messages.testOk)),
                        dialog.checkResult("mail").getText());
                Ui.screenshot(dialog.getShell(), "settings-mail");

                // Passwords & export: the length is 8-64, a sample follows the policy, some kind of character is needed
                dialog.tabs().setSelection(3);
                Ui.settle(display, 200);
                replace(dialog.text("length"), "7");
                assertTrue(dialog.marked("length"));
                assertFalse(dialog.okButton().isEnabled());
                assertTrue(dialog.problem().contains(SettingsRules.passwordLength("7").orElseThrow()), dialog.problem());
                assertEquals(Messages.sampleNone, dialog.sample().getText());
                replace(dialog.text("length"), "12");
                assertEquals(12, dialog.sample().getText().length(), dialog.sample().getText());
                for (CharacterClass c : CharacterClass.values()) {
                    if (dialog.classBox(c).getSelection()) {
                        Ui.click(dialog.classBox(c));
                    }
                }
                assertFalse(dialog.okButton().isEnabled());
                assertTrue(dialog.problem().contains(SettingsRules.characterClasses(java.util.Set.of()).orElseThrow()),
                        dialog.problem());
                Ui.click(dialog.classBox(CharacterClass.DIGITS));
                assertTrue(dialog.sample().getText().chars().allMatch(Character::isDigit), dialog.sample().getText());
                replace(dialog.text("renewalDays"), "35");
                assertTrue(dialog.okButton().isEnabled(), dialog.problem());
                Ui.screenshot(dialog.getShell(), "settings-passwords");

                // Mail templates: a wrong placeholder is listed at its line and OK waits; an edit shows in the preview
                dialog.tabs().setSelection(4);
                Ui.settle(display, 200);
                waitForPreview(display, dialog);
                String rendered = prefix(Messages.templateRendered);
                assertTrue(dialog.templatePreview().getText().startsWith(rendered), dialog.templatePreview().getText());
                Text editor = dialog.templateEditor();
                String original = editor.getText();
                editor.setSelection(editor.getCharCount());
                editor.insert("\n{{nosuch}}");
                int line = editor.getText().split("\n", -1).length;
                Ui.waitUntil(display, () -> dialog.templateProblems().getItemCount() == 1, Duration.ofSeconds(30),
                        "the unknown placeholder to be found");
                String finding = dialog.templateProblems().getItem(0);
                assertTrue(finding.contains("{{nosuch}}") && finding.contains(Integer.toString(line)), finding);
                assertFalse(dialog.okButton().isEnabled());
                assertTrue(dialog.problem().contains("{{nosuch}}"), dialog.problem());
                Ui.click(dialog.templateProblems(), 20, dialog.templateProblems().getItemHeight() / 2);
                assertEquals("{{nosuch}}", editor.getSelectionText(), "the problem's line is selected");
                Ui.screenshot(dialog.getShell(), "settings-templates-wrong");
                editor.setText(original);
                Ui.waitUntil(display, () -> dialog.templateProblems().getItemCount() == 0 && dialog.okButton().isEnabled(),
                        Duration.ofSeconds(30), "the problem to go");
                editor.setFocus();
                editor.setSelection(editor.getCharCount());
                Ui.type(display, "Thanks");
                Ui.waitUntil(display, () -> dialog.templatePreview().getText().contains("Thanks"), Duration.ofSeconds(30),
                        "the typed text in the preview");
                Ui.screenshot(dialog.getShell(), "settings-templates");

                Ui.click(dialog.okButton());
                Ui.waitUntil(display, () -> dialog.getShell() == null, Duration.ofSeconds(10), "the dialog to close");
            } finally {
                dialog.close();
            }

            WorkspaceConfiguration saved = jobs.configuration(ui.model.session().orElseThrow());
            assertEquals(35, saved.settings().renewalWindowDays());
            assertEquals(12, saved.settings().passwordPolicy().length());
            assertEquals(java.util.Set.of(CharacterClass.DIGITS), saved.settings().passwordPolicy().classes());
            assertEquals(20, saved.mail().orElseThrow().settings().ratePerMinute());
            assertTrue(saved.settings().proxy().isDirect());
            assertTrue(jobs.mailTemplates(ui.model.session().orElseThrow()).get(JobService.MAIL_TEMPLATES.get(0))
                    .contains("Thanks"), "the edited template is saved");

            SettingsDialog again = new SettingsDialog(ui.shell, ui.model);
            again.setBlockOnOpen(false);
            again.open();
            try {
                assertEquals("35", again.text("renewalDays").getText());
                assertEquals("12", again.text("length").getText());
                assertEquals("20", again.text("rate").getText());
                assertTrue(again.okButton().isEnabled(), again.problem());
            } finally {
                again.close();
            }
        }
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '\uff10')));
        return out.toString();
    }
}
