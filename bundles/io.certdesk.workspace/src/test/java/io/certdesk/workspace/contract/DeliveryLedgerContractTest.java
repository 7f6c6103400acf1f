package io.certdesk.workspace.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.DeliveryState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DeliveryLedger} must do, whatever stores it: record before sending, keep the answer, survive
 * reopening, turn interrupted intents into unknown sends, settle them only through a confirmation, and refuse to
 * record the same message twice. Each implementation runs it through a subclass.
 */
public abstract class DeliveryLedgerContractTest {

    private DeliveryLedger ledger;

    /** Opens the ledger under test (a fresh, empty store for each test). */
    protected abstract DeliveryLedger open() throws Exception;

    /** Closes it and opens the same store again (a restart of the program). */
    protected abstract DeliveryLedger reopen() throws Exception;

    /** Releases the store. */
    protected abstract void close() throws Exception;

    /** The id of the {@code n}th entry (1-based) that the store knows; at least three exist. */
    protected abstract long entry(int n) throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = open();
    }

    @AfterEach
    void closeLedger() throws Exception {
        close();
    }

    @Test
    void recordsSurviveReopeningAndIntentsBecomeUnknownUntilConfirmed() throws Exception {
        ledger.recordIntent("<a@x>", entry(1), DeliveryPart.FILE, DeliveryChannel.MAIL, "u1@x.jp");
        ledger.markAccepted("<a@x>", "250 queued");
        ledger.recordIntent("<b@x>", entry(2), DeliveryPart.FILE, DeliveryChannel.MAIL, "u2@x.jp");
        // the process "crashes" here: no answer recorded for <b@x>
        ledger = reopen();
        DeliveryResult accepted = ledger.find("<a@x>").orElseThrow();
        assertEquals(DeliveryState.ACCEPTED, accepted.state());
        assertEquals("250 queued", accepted.detail());
        assertEquals(entry(1), accepted.entryId());
        assertEquals(DeliveryChannel.MAIL, accepted.channel());
        assertEquals("u1@x.jp", accepted.recipient());
        assertEquals(DeliveryState.INTENT, ledger.find("<b@x>").orElseThrow().state());
        assertEquals(1, ledger.recoverInterrupted());
        assertEquals(0, ledger.recoverInterrupted(), "nothing left to recover");
        List<DeliveryResult> unknown = ledger.listUnknown();
        assertEquals(List.of("<b@x>"), unknown.stream().map(DeliveryResult::messageId).toList());
        assertEquals(ErrorCode.DELIVERY_STATE_UNKNOWN, unknown.get(0).error());
        ledger.confirm("<b@x>", true, "seen in the server log");
        DeliveryResult confirmed = ledger.latest(entry(2), DeliveryPart.FILE).orElseThrow();
        assertEquals(DeliveryState.CONFIRMED, confirmed.state());
        assertTrue(confirmed.state().delivered());
        assertTrue(confirmed.detail().contains("seen in the server log"), confirmed.detail());
        assertTrue(ledger.listUnknown().isEmpty());
    }

    @Test
    void latestFollowsTheNewestAttemptAndRetriesReuseTheMessageId() throws Exception {
        long id = entry(1);
        ledger.recordIntent("<1@x>", id, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, "b@x.jp");
        ledger.markDeferred("<1@x>", ErrorCode.DELIVERY_DEFERRED, "451 later");
        assertEquals(ErrorCode.DELIVERY_DEFERRED, ledger.find("<1@x>").orElseThrow().error());
        assertTrue(ledger.find("<1@x>").orElseThrow().state().sendable());
        ledger.recordIntent("<1@x>", id, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, "b@x.jp");
        assertEquals(2, ledger.find("<1@x>").orElseThrow().attempts());
        ledger.markFailed("<1@x>", ErrorCode.DELIVERY_REJECTED, "550 no");
        assertEquals(DeliveryState.FAILED, ledger.find("<1@x>").orElseThrow().state());
        ledger.recordIntent("<2@x>", id, DeliveryPart.PASSWORD, DeliveryChannel.MAIL, "b@x.jp");
        ledger.markAccepted("<2@x>", "250");
        assertEquals("<2@x>", ledger.latest(id, DeliveryPart.PASSWORD).orElseThrow().messageId());
        assertTrue(ledger.latest(id, DeliveryPart.FILE).isEmpty(), "parts are kept apart");
        assertTrue(ledger.latest(entry(2), DeliveryPart.PASSWORD).isEmpty(), "entries are kept apart");
    }

    @Test
    void theSameMessageIsNeverRecordedTwiceUnlessItWasDeferred() throws Exception {
        ledger.recordIntent("<m@x>", entry(1), DeliveryPart.FILE, DeliveryChannel.MAIL, "u@x.jp");
        ledger.markAccepted("<m@x>", "250");
        DeliveryException twice = assertThrows(DeliveryException.class,
                () -> ledger.recordIntent("<m@x>", entry(1), DeliveryPart.FILE, DeliveryChannel.MAIL, "u@x.jp"));
        assertEquals(ErrorCode.DELIVERY_LEDGER_FAILED, twice.code());
        assertEquals(DeliveryState.ACCEPTED, ledger.find("<m@x>").orElseThrow().state(), "unchanged by the refusal");
    }

    @Test
    void answersForUnrecordedMessagesAndConfirmationsOfKnownSendsAreRefused() throws Exception {
        assertEquals(ErrorCode.DELIVERY_LEDGER_FAILED,
                assertThrows(DeliveryException.class, () -> ledger.markAccepted("<none@x>", "250")).code());
        assertEquals(ErrorCode.DELIVERY_LEDGER_FAILED,
                assertThrows(DeliveryException.class, () -> ledger.markUnknown("<none@x>", "lost")).code());
        assertEquals(ErrorCode.DELIVERY_STATE_UNKNOWN,
                assertThrows(DeliveryException.class, () -> ledger.confirm("<none@x>", true, "")).code());
        ledger.recordIntent("<k@x>", entry(1), DeliveryPart.FILE, DeliveryChannel.MAIL, "u@x.jp");
        ledger.markAccepted("<k@x>", "250");
        assertEquals(ErrorCode.DELIVERY_STATE_UNKNOWN,
                assertThrows(DeliveryException.class, () -> ledger.confirm("<k@x>", false, "")).code());
        assertTrue(ledger.find("<none@x>").isEmpty());
    }

    @Test
    void anUnknownSendConfirmedAsLostIsSentAgain() throws Exception {
        ledger.recordIntent("<u@x>", entry(3), DeliveryPart.FILE, DeliveryChannel.MAIL, "u@x.jp");
        ledger.markUnknown("<u@x>", "connection lost after DATA");
        assertEquals(ErrorCode.DELIVERY_STATE_UNKNOWN, ledger.find("<u@x>").orElseThrow().error());
        ledger.confirm("<u@x>", false, "not in the mailbox");
        DeliveryResult resend = ledger.find("<u@x>").orElseThrow();
        assertEquals(DeliveryState.RESEND, resend.state());
        assertTrue(resend.state().sendable());
        assertFalse(resend.state().delivered());
    }

    @Test
    void handOversAreDeliveredPasswordsAndMailIsNoHandOver() throws Exception {
        ledger.recordHandover(entry(2), DeliveryChannel.HANDOUT, "printed");
        DeliveryResult handout = ledger.latest(entry(2), DeliveryPart.PASSWORD).orElseThrow();
        assertTrue(handout.state().delivered());
        assertEquals(DeliveryState.HANDED_OVER, handout.state(), "a hand-over is recorded as one, not as a server's answer");
        assertEquals("printed", handout.detail());
        assertEquals(DeliveryChannel.HANDOUT, handout.channel());
        assertEquals("", handout.recipient());
        ledger.recordHandover(entry(3), DeliveryChannel.MANUAL, "given at the desk");
        assertEquals(DeliveryChannel.MANUAL, ledger.latest(entry(3), DeliveryPart.PASSWORD).orElseThrow().channel());
        assertThrows(IllegalArgumentException.class, () -> ledger.recordHandover(entry(1), DeliveryChannel.MAIL, ""));
        assertTrue(ledger.latest(entry(1), DeliveryPart.PASSWORD).isEmpty());
    }

    @Test
    void everyRecordIsListedOldestFirst() throws Exception {
        ledger.recordIntent("<z@x>", entry(1), DeliveryPart.FILE, DeliveryChannel.MAIL, "u@x.jp");
        ledger.recordIntent("<a@x>", entry(2), DeliveryPart.FILE, DeliveryChannel.MAIL, "u@x.jp");
        ledger.recordHandover(entry(1), DeliveryChannel.MANUAL, "");
        List<DeliveryResult> all = ledger.all();
        assertEquals(3, all.size());
        assertEquals("<z@x>", all.get(0).messageId());
        assertEquals("<a@x>", all.get(1).messageId());
        assertEquals(DeliveryPart.PASSWORD, all.get(2).part());
    }
}
