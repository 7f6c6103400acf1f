package io.certdesk.cli.internal.console;

import io.certdesk.delivery.DeliveryPart;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.workspace.RenewalStatus;

/** The names people read for the engines' enums, in the user's language (JSON keeps the enum names). */
public final class Names {

    private Names() {
    }

    public static String stage(PipelineStage stage) {
        return switch (stage) {
            case DOWNLOAD -> Messages.stageDownload;
            case VERIFY -> Messages.stageVerify;
            case EXPORT -> Messages.stageExport;
        };
    }

    public static String part(DeliveryPart part) {
        return part == DeliveryPart.FILE ? Messages.partFile : Messages.partPassword;
    }

    public static String state(EntryState state) {
        return switch (state) {
            case IMPORTED -> Messages.stateImported;
            case DOWNLOADED -> Messages.stateDownloaded;
            case VERIFIED -> Messages.stateVerified;
            case EXPORTED -> Messages.stateExported;
            case DELIVERED -> Messages.stateDelivered;
            case DONE -> Messages.stateDone;
            case FAILED -> Messages.stateFailed;
            case WINDOW_PASSED -> Messages.stateWindowPassed;
            case SUPERSEDED -> Messages.stateSuperseded;
        };
    }

    public static String renewal(RenewalStatus.Phase phase) {
        return switch (phase) {
            case VALID -> Messages.renewalValid;
            case RENEWAL_OPEN -> Messages.renewalOpen;
            case EXPIRED -> Messages.renewalExpired;
        };
    }
}
