package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ChainSource;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.crypto.ChainVerdict.CheckKind;
import io.certdesk.crypto.ChainVerdict.Status;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.DeliveryState;
import io.certdesk.jobs.EntryDetails;
import io.certdesk.ui.internal.details.Messages;
import io.certdesk.ui.internal.parts.DetailsPart;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.ChainRecord;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.Transition;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;

/**
 * What the Details part says when things went wrong, from what the workspace recorded: a chain that ended at a root
 * nobody trusts (the verdict, the failed checks, cause and remedy of 211, the failure in the state changes) and a
 * password mail refused by the server after an earlier deferral (its state, the earlier record, cause and remedy).
 */
class DetailsFailuresTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final String UNTRUSTED = "the chain ends at CN=Unknown Root, which is none of the 1 trusted CA"
            + " certificates and not the pinned root (-)";

    @Test
    void anUntrustedChainAndARefusedMailSayWhyAndWhatToDo() throws Exception {
        CertificateInfo info = new CertificateInfo("CN=Yamada Taro,O=Example", "CN=Example CA,O=Example", "1A2B",
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-12-01T00:00:00Z"), "AB".repeat(32), "CD".repeat(20));
        Entry failed = entry(1, "Yamada Taro", EntryState.FAILED, Optional.of(ErrorCode.P12_CHAIN_UNTRUSTED), info);
        Entry exported = entry(2, "Sato Hanako", EntryState.EXPORTED, Optional.empty(), info);
        ChainRecord chain = new ChainRecord(NOW.minusSeconds(3600), false, Optional.of(ErrorCode.P12_CHAIN_UNTRUSTED),
                List.of(certificate("CN=Yamada Taro,O=Example", "CN=Example CA,O=Example"),
                        certificate("CN=Example CA,O=Example", "CN=Unknown Root"),
                        certificate("CN=Unknown Root", "CN=Unknown Root")),
                List.of(new ChainVerdict.Check(CheckKind.CHAIN_COMPLETE, Status.PASSED, "3 certificates"),
                        new ChainVerdict.Check(CheckKind.VALIDITY, Status.PASSED, "valid until 2027-12-01"),
                        new ChainVerdict.Check(CheckKind.TRUST_ANCHOR, Status.FAILED, UNTRUSTED),
                        new ChainVerdict.Check(CheckKind.PATH_VALIDATION, Status.FAILED, "no trust anchor"),
                        new ChainVerdict.Check(CheckKind.REVOCATION, Status.SKIPPED, "not checked")));
        List<Transition> moves = List.of(
                new Transition(1, Optional.empty(), EntryState.IMPORTED, NOW.minusSeconds(7200), "imported", Optional.empty()),
                new Transition(1, Optional.of(EntryState.IMPORTED), EntryState.DOWNLOADED, NOW.minusSeconds(3700),
                        "downloaded", Optional.empty()),
                new Transition(1, Optional.of(EntryState.DOWNLOADED), EntryState.FAILED, NOW.minusSeconds(3600), "failed",
                        Optional.of(ErrorCode.P12_CHAIN_UNTRUSTED)));
        DeliveryResult fileSent = new DeliveryResult(NOW.minusSeconds(600), 2, null, DeliveryPart.FILE, DeliveryChannel.MAIL,
                DeliveryState.ACCEPTED, "user2@example.jp", "<f2@certdesk>", null, "250 ok", 1, NOW.minusSeconds(610));
        DeliveryResult deferred = new DeliveryResult(NOW.minusSeconds(500), 2, null, DeliveryPart.PASSWORD,
                DeliveryChannel.MAIL, DeliveryState.DEFERRED, "boss@example.jp", "<p2a@certdesk>",
                ErrorCode.DELIVERY_DEFERRED, "451 try later", 3, NOW.minusSeconds(560));
        DeliveryResult refused = new DeliveryResult(NOW.minusSeconds(60), 2, null, DeliveryPart.PASSWORD,
                DeliveryChannel.MAIL, DeliveryState.FAILED, "boss@example.jp", "<p2b@certdesk>",
                ErrorCode.DELIVERY_REJECTED, "550 mailbox unavailable", 1, NOW.minusSeconds(70));
        Map<Long, EntryDetails> details = Map.of(
                1L, new EntryDetails(failed, moves, Optional.of(chain), List.of()),
                2L, new EntryDetails(exported, List.of(), Optional.empty(), List.of(
                        new EntryDetails.Delivery(DeliveryPart.FILE, DeliveryChannel.MAIL, "user2@example.jp",
                                List.of(fileSent), Optional.empty(), Optional.of("the template folder is missing")),
                        new EntryDetails.Delivery(DeliveryPart.PASSWORD, DeliveryChannel.MAIL, "boss@example.jp",
                                List.of(deferred, refused), Optional.empty(), Optional.empty()))));
        try (PartHarness ui = new PartHarness(new SnapshotJobService(Fixtures.status(List.of(failed, exported), NOW), details),
                new MutableClock(NOW, Fixtures.TOKYO))) {
            ui.model.open(Path.of("/nowhere/failures"), "unused".toCharArray());
            ui.waitForStatus();
            DetailsPart part = ui.details();
            select(ui, 1);
            Ui.waitUntil(ui.display, () -> part.details().isPresent(), Duration.ofSeconds(30), "the details");
            Ui.settle(ui.display, 200);
            String text = part.text();
            assertTrue(text.contains(Messages.chainNotTrusted.replace("{0}", "211")), text);
            assertTrue(text.contains(Messages.chainFailedCheck.replace("{0}", Messages.checkTrustAnchor).replace("{1}", UNTRUSTED)),
                    text);
            assertTrue(text.contains(ErrorCode.P12_CHAIN_UNTRUSTED.cause()) && text.contains(ErrorCode.P12_CHAIN_UNTRUSTED.remedy()),
                    text);
            assertTrue(text.contains(Messages.checkTrustAnchor + " | " + Messages.chainFailed + " | " + UNTRUSTED), text);
            assertTrue(text.contains(Messages.checkRevocation + " | " + Messages.chainSkipped), text);
            assertTrue(text.contains("211 " + ErrorCode.P12_CHAIN_UNTRUSTED.message()), "the failure in the state changes");
            Tree tree = Ui.find(ui.detailsShell(), Tree.class).get(0);
            assertEquals(Messages.chainRoleRoot, tree.getItem(0).getItem(0).getItem(0).getText(1), "no anchor named");
            ScrolledComposite scroller = Ui.find(ui.detailsShell(), ScrolledComposite.class).get(0);
            Ui.activate(ui.detailsShell());
            scroller.showControl(tree);
            Ui.screenshot(ui.detailsShell(), "details-chain-untrusted");

            select(ui, 2);
            Ui.waitUntil(ui.display, () -> part.details().isPresent() && part.details().get().entry().id() == 2,
                    Duration.ofSeconds(30), "the second entry's details");
            Ui.settle(ui.display, 200);
            String second = part.text();
            assertTrue(second.contains(DeliveryState.FAILED.displayName()), second);
            assertTrue(second.contains("<p2b@certdesk>") && second.contains("550 mailbox unavailable"), second);
            assertTrue(second.contains(ErrorCode.DELIVERY_REJECTED.cause()) && second.contains(ErrorCode.DELIVERY_REJECTED.remedy()),
                    second);
            assertTrue(second.contains(DeliveryState.DEFERRED.displayName()) && second.contains("<p2a@certdesk>"),
                    "the earlier record: " + second);
            assertTrue(second.contains("the template folder is missing"), second);
            assertTrue(second.contains(Messages.chainNotKept), "verified before chains were kept: " + second);
            Ui.activate(ui.detailsShell());
            scroller.showControl(Ui.find(ui.detailsShell(), org.eclipse.swt.widgets.Group.class).stream()
                    .filter(g -> g.getText().startsWith(Messages.deliveryTitle.substring(0, 3))).reduce((a, b) -> b)
                    .orElseThrow());
            Ui.screenshot(ui.detailsShell(), "details-delivery-refused");
        }
    }

    private static void select(PartHarness ui, long entryId) {
        Ui.activate(ui.shell);
        var bounds = ui.item(entryId).getBounds(1);
        Ui.click(ui.table(), bounds.x + 5, bounds.y + 3);
        Ui.waitUntil(ui.display, () -> ui.selection.selected().equals(Set.of(Long.valueOf(entryId))),
                Duration.ofSeconds(10), "the selection");
    }

    private static ChainRecord.Certificate certificate(String subject, String issuer) {
        return new ChainRecord.Certificate(subject, issuer, "01", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2036-01-01T00:00:00Z"), "EF".repeat(32), ChainSource.FILE, false);
    }

    private static Entry entry(long id, String name, EntryState state, Optional<ErrorCode> error, CertificateInfo info) {
        Instant imported = NOW.minusSeconds(7200);
        return new Entry(id, "GROUP-A", "1000000" + id, name, "user" + id + "@example.jp", "Sales",
                Optional.of(DeliveryChannel.MAIL), "boss@example.jp", Optional.empty(), Map.of(), Optional.empty(), state,
                state == EntryState.FAILED ? Optional.of(EntryState.DOWNLOADED) : Optional.empty(), error,
                error.map(ErrorCode::message), imported, NOW, Optional.of(NOW.minusSeconds(3700)), true, 1,
                Optional.of("AB"), Optional.of(info), state == EntryState.EXPORTED ? Optional.of("EF".repeat(32))
                        : Optional.empty(), Optional.empty());
    }
}
