package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.certdesk.crypto.CertificateSummary;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.DemoSetup;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RunOptions;
import io.certdesk.roster.ImportOptions;
import io.certdesk.ui.internal.details.Messages;
import io.certdesk.ui.internal.details.PasswordSection;
import io.certdesk.ui.internal.parts.DetailsPart;
import io.certdesk.ui.internal.workspace.OpenWorkspace;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Details part on a real workspace (the demo: reference portal, verified chains, the mail sink), opened as the
 * workbench opens it and driven with real clicks and keys: the chain as a tree from the user's certificate to the
 * root with the verdict and why, each part's delivery with state, time, Message-ID and mail preview (the password
 * masked), every state change, and the certificate file password behind the workspace passphrase: refused for a
 * wrong passphrase, shown for the right one, hidden again and the clipboard cleared after 30 s on the part's clock.
 */
class DetailsWorkspaceTest {

    private static JobService jobs;
    private static DemoService demo;

    @TempDir
    Path temp;

    @BeforeAll
    static void services() throws Exception {
        jobs = Services.get(JobService.class);
        demo = Services.get(DemoService.class);
    }

    @Test
    void aDeliveredEntryShowsItsChainDeliveriesHistoryAndPassword() throws Exception {
        Path workspace;
        Path passphraseFile;
        long first;
        long second;
        try (DemoSetup setup = demo.start(2, temp.resolve("demo"), Locale.getDefault())) {
            jobs.importRoster(setup.session(), setup.roster(), ImportOptions.defaults());
            assertTrue(jobs.run(setup.session(), RunOptions.all(), JobListener.NONE, new CancelToken()).complete());
            List<Entry> entries = setup.session().entries();
            first = entries.get(0).id();
            second = entries.get(1).id();
            jobs.deliver(setup.session(), DeliverOptions.send().withEntries(Set.of(first)), JobListener.NONE,
                    new CancelToken());
            workspace = setup.workspace();
            passphraseFile = setup.passphraseFile();
        }
        String passphrase = Files.readAllLines(passphraseFile, StandardCharsets.UTF_8).get(0).strip();
        MutableClock clock = new MutableClock(Instant.now(), Fixtures.TOKYO);
        try (PartHarness ui = new PartHarness(jobs, clock)) {
            assertTrue(OpenWorkspace.open(ui.shell, ui.model, workspace, Optional.of(passphraseFile)).isPresent());
            ui.waitForStatus();
            assertFalse(ui.model.problem().isPresent(), ui.model.problem().orElse(""));
            DetailsPart details = ui.details();
            select(ui, first);
            Ui.waitUntil(ui.display, () -> details.details().isPresent(), Duration.ofSeconds(60), "the details");
            Ui.settle(ui.display, 200);
            String text = details.text();

            // the chain: a tree from the user's certificate down to the root, the verdict and why
            Tree tree = Ui.find(ui.detailsShell(), Tree.class).get(0);
            assertEquals(1, tree.getItemCount());
            TreeItem leaf = tree.getItem(0);
            assertEquals(Messages.chainRoleLeaf, leaf.getText(1));
            TreeItem root = leaf;
            int depth = 1;
            while (root.getItemCount() > 0) {
                assertTrue(root.getExpanded(), "the tree is expanded");
                root = root.getItem(0);
                depth++;
            }
            assertTrue(depth >= 2, "leaf and root at least: " + depth);
            assertTrue(root.getText(1).startsWith(Messages.chainRoleRoot), root.getText(1));
            assertTrue(text.contains(Messages.chainTrusted), text);
            String anchor = Messages.chainRoleAnchor.replace("{0}", "");
            assertTrue(List.of(leaf.getText(1), root.getText(1)).stream().anyMatch(t -> t.contains(anchor.strip()))
                    || text.contains(anchor.strip()), "one certificate is named the trust anchor: " + text);
            assertTrue(text.contains(Messages.checkTrustAnchor + " | " + Messages.chainPassed), text);

            // each part's delivery: state, Message-ID, the mail preview with the password masked
            assertTrue(text.contains(DeliveryState.ACCEPTED.displayName()), text);
            assertTrue(text.contains(Messages.deliveryMessageId + ": <"), text);
            assertTrue(text.contains(PasswordSection.MASK.substring(0, 4)), "the password mail's preview is masked");
            assertTrue(text.contains(Messages.previewSubject), text);

            // every state change with its time
            Table history = Ui.find(ui.detailsShell(), Table.class).stream()
                    .filter(t -> t.getColumnCount() == 5).findFirst().orElseThrow();
            assertEquals(List.of(EntryState.IMPORTED, EntryState.DOWNLOADED, EntryState.VERIFIED, EntryState.EXPORTED,
                    EntryState.DELIVERED, EntryState.DONE).stream().map(EntryState::displayName).toList(),
                    java.util.Arrays.stream(history.getItems()).map(i -> i.getText(2)).toList());
            assertEquals(Messages.reasonDelivered, history.getItem(4).getText(3));

            ScrolledComposite scroller = Ui.find(ui.detailsShell(), ScrolledComposite.class).get(0);
            Ui.activate(ui.detailsShell());
            scroller.showControl(tree);
            Ui.screenshot(ui.detailsShell(), "details-chain");
            String passwordMail = Messages.deliveryTitle.replace("{0}",
                    io.certdesk.delivery.DeliveryPart.PASSWORD.displayName()).replace("{1}",
                            io.certdesk.delivery.DeliveryChannel.MAIL.displayName());
            scroller.showControl(Ui.find(ui.detailsShell(), org.eclipse.swt.widgets.Group.class).stream()
                    .filter(g -> g.getText().equals(passwordMail)).findFirst().orElseThrow());
            Ui.screenshot(ui.detailsShell(), "details-delivery");
            scroller.showControl(history);
            Ui.screenshot(ui.detailsShell(), "details-history");

            // the password: hidden; a wrong passphrase is refused
            PasswordSection password = details.password().orElseThrow();
            assertEquals(PasswordSection.MASK, password.shownText());
            assertFalse(password.copyButton().isEnabled(), "nothing to copy while hidden");
            scroller.showControl(password.showButton());
            enterPassphrase(ui, "wrong passphrase", false);
            click(scroller, password.showButton());
            Ui.waitUntil(ui.display, () -> password.statusText().equals(Messages.passwordWrong), Duration.ofSeconds(60),
                    "the refusal");
            assertEquals(PasswordSection.MASK, password.shownText());
            scroller.showControl(password.showButton().getParent().getParent());
            Ui.screenshot(ui.detailsShell(), "details-password-refused");

            // the right one shows it; it opens the exported file
            enterPassphrase(ui, passphrase, true);
            click(scroller, password.showButton());
            Ui.waitUntil(ui.display, password::shown, Duration.ofSeconds(60), "the password");
            String shown = password.shownText();
            assertNotEquals(PasswordSection.MASK, shown);
            assertTrue(shown.length() >= 8, "a generated password");
            assertEquals(Messages.passwordHide, password.showButton().getText());
            Path exports = temp.resolve("exports");
            jobs.copyExports(ui.model.session().get(), exports);
            Entry entry = details.entry().get();
            assertEquals(entry.certificate().get().sha256(), CertificateSummary.of(Pkcs12Engines.create()
                    .read(exports.resolve(entry.certificateNumber() + ".p12"), shown.toCharArray()).certificate()).sha256());

            // copied, then hidden and the clipboard cleared 30 s later on the part's clock
            assertTrue(password.copyButton().isEnabled());
            click(scroller, password.copyButton());
            assertEquals(shown, clipboard(ui));
            clock.set(clock.instant().plusSeconds(29));
            Ui.settle(ui.display, 1500);
            assertTrue(password.shown(), "still shown before 30 s");
            assertEquals(shown, clipboard(ui));
            clock.set(clock.instant().plusSeconds(2));
            Ui.waitUntil(ui.display, () -> !password.shown(), Duration.ofSeconds(10), "the password to hide");
            assertEquals(PasswordSection.MASK, password.shownText());
            assertFalse(password.copyButton().isEnabled());
            Ui.waitUntil(ui.display, () -> !shown.equals(clipboard(ui)), Duration.ofSeconds(10), "the clipboard cleared");
            scroller.showControl(password.showButton().getParent().getParent());
            Ui.screenshot(ui.detailsShell(), "details-password-hidden");

            // something else copied since stays on the clipboard
            enterPassphrase(ui, passphrase, true);
            click(scroller, password.showButton());
            Ui.waitUntil(ui.display, password::shown, Duration.ofSeconds(60), "the password again");
            click(scroller, password.copyButton());
            setClipboard(ui, "something else");
            clock.set(clock.instant().plusSeconds(31));
            Ui.waitUntil(ui.display, () -> !password.shown(), Duration.ofSeconds(10), "the password to hide again");
            Ui.settle(ui.display, 1500);
            assertEquals("something else", clipboard(ui));

            // an exported entry not delivered yet: nothing sent, the mails that will be
            select(ui, second);
            Ui.waitUntil(ui.display, () -> details.details().isPresent() && details.details().get().entry().id() == second,
                    Duration.ofSeconds(60), "the second entry's details");
            String other = details.text();
            assertTrue(other.contains(Messages.deliveryNotSent), other);
            assertTrue(other.contains(Messages.previewBody), other);
        }
    }

    /** Scrolls the control into view, as a person would, and clicks it. */
    private static void click(ScrolledComposite scroller, org.eclipse.swt.widgets.Control control) {
        scroller.showControl(control);
        Ui.settle(control.getDisplay(), 100);
        Ui.click(control);
    }

    private static void select(PartHarness ui, long entryId) {
        Ui.activate(ui.shell);
        var bounds = ui.item(entryId).getBounds(1);
        Ui.click(ui.table(), bounds.x + 5, bounds.y + 3);
        Ui.waitUntil(ui.display, () -> ui.selection.selected().equals(Set.of(Long.valueOf(entryId))),
                Duration.ofSeconds(10), "the selection");
    }

    /** Types into the passphrase dialog once it opens (checking it never echoes) and presses Enter. */
    private static void enterPassphrase(PartHarness ui, String passphrase, boolean check) {
        Ui.whenShellOpens(ui.display, Messages.passwordDialogTitle, dialog -> {
            Text box = Ui.find(dialog, Text.class).get(0);
            assertTrue((box.getStyle() & SWT.PASSWORD) != 0, "the passphrase box echoes");
            Ui.click(box);
            Ui.typeShifted(ui.display, passphrase);
            if (check) {
                assertArrayEquals(passphrase.toCharArray(), box.getTextChars(), "typed with real keys");
            } else {
                try {
                    Ui.screenshot(dialog, "details-passphrase-dialog");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
            Ui.key(ui.display, '\r', 0);
        });
    }

    private static String clipboard(PartHarness ui) {
        Clipboard clipboard = new Clipboard(ui.display);
        try {
            Object contents = clipboard.getContents(TextTransfer.getInstance());
            return contents == null ? "" : contents.toString();
        } finally {
            clipboard.dispose();
        }
    }

    private static void setClipboard(PartHarness ui, String text) {
        Clipboard clipboard = new Clipboard(ui.display);
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
