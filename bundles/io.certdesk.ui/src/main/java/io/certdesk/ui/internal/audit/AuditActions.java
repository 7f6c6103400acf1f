package io.certdesk.ui.internal.audit;

import java.util.Locale;

import io.certdesk.delivery.DeliveryState;
import io.certdesk.workspace.EntryState;
import org.eclipse.osgi.util.NLS;

/**
 * An audit record's action as administrators read it, with the recorded id kept after it (the id is what the CSV
 * export and support use): {@code entry.<state>} and {@code delivery.<state>} in the words of their state, the
 * workspace's own actions in words; an id this part does not know is shown as it is.
 */
public final class AuditActions {

    private static final String ENTRY = "entry."; //$NON-NLS-1$
    private static final String DELIVERY = "delivery."; //$NON-NLS-1$

    private AuditActions() {
    }

    public static String text(String action) {
        String words = words(action);
        return words == null ? action : NLS.bind(Messages.actionWithId, words, action);
    }

    private static String words(String action) {
        if (action.startsWith(ENTRY)) {
            String state = action.substring(ENTRY.length()).toUpperCase(Locale.ROOT).replace('-', '_');
            for (EntryState candidate : EntryState.values()) {
                if (candidate.name().equals(state)) {
                    return NLS.bind(Messages.actionEntryState, candidate.displayName());
                }
            }
        }
        if (action.startsWith(DELIVERY)) {
            String state = action.substring(DELIVERY.length()).toUpperCase(Locale.ROOT).replace('-', '_');
            for (DeliveryState candidate : DeliveryState.values()) {
                if (candidate.name().equals(state)) {
                    return NLS.bind(Messages.actionDeliveryState, candidate.displayName());
                }
            }
        }
        return switch (action) {
            case "workspace.created" -> Messages.actionWorkspaceCreated; //$NON-NLS-1$
            case "workspace.settings" -> Messages.actionWorkspaceSettings; //$NON-NLS-1$
            case "workspace.mail-settings" -> Messages.actionMailSettings; //$NON-NLS-1$
            case "secret.stored" -> Messages.actionSecretStored; //$NON-NLS-1$
            case "export.copied" -> Messages.actionExportCopied; //$NON-NLS-1$
            case "export-password.shown" -> Messages.actionPasswordShown; //$NON-NLS-1$
            case "export-password.refused" -> Messages.actionPasswordRefused; //$NON-NLS-1$
            case "audit.sealed" -> Messages.actionAuditSealed; //$NON-NLS-1$
            case "audit.exported" -> Messages.actionAuditExported; //$NON-NLS-1$
            default -> null;
        };
    }
}
