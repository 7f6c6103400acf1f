package io.certdesk.ui.internal.activity;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.certdesk.delivery.DeliveryPart;
import io.certdesk.jobs.DeliverOptions;
import io.certdesk.jobs.JobService;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Before anything is sent: the exact counts ("N mails to M recipients from X"), the offer of a dry run, and a warning
 * when a file and its password would reach the same mailbox.
 */
public final class DeliverConfirm {

    /**
     * What a delivery of the chosen entries would do.
     *
     * @param deliverable the chosen entries that are exported (and so can be delivered)
     * @param exported    every exported entry of the workspace
     * @param mails       mails at most (file and password each)
     * @param recipients  distinct addresses
     * @param sameMailbox entries whose file and password go to the same address
     * @param sameExample one such address
     */
    public record Counts(int deliverable, int exported, int mails, int recipients, int sameMailbox,
            String sameExample) {
    }

    private DeliverConfirm() {
    }

    public static Counts count(List<Entry> entries, Set<Long> chosen) {
        return count(entries, chosen, EnumSet.allOf(DeliveryPart.class));
    }

    /** The counts for a delivery of these parts (file and/or password). */
    public static Counts count(List<Entry> entries, Set<Long> chosen, Set<DeliveryPart> parts) {
        int exported = 0;
        int deliverable = 0;
        int same = 0;
        String example = ""; //$NON-NLS-1$
        Set<String> recipients = new TreeSet<>();
        for (Entry entry : entries) {
            if (entry.state() != EntryState.EXPORTED) {
                continue;
            }
            exported++;
            if (!chosen.isEmpty() && !chosen.contains(Long.valueOf(entry.id()))) {
                continue;
            }
            deliverable++;
            String file = entry.email().strip().toLowerCase(Locale.ROOT);
            String password = entry.recipient() == null || entry.recipient().isBlank() ? file
                    : entry.recipient().strip().toLowerCase(Locale.ROOT);
            if (parts.contains(DeliveryPart.FILE)) {
                recipients.add(file);
            }
            if (parts.contains(DeliveryPart.PASSWORD)) {
                recipients.add(password);
            }
            if (parts.size() > 1 && file.equals(password)) {
                same++;
                example = entry.email();
            }
        }
        return new Counts(deliverable, exported, deliverable * parts.size(), recipients.size(), same, example);
    }

    /** The sender named in the workspace's mail settings, if any (nothing secret is in that file). */
    static Optional<String> sender(Path workspace) {
        Path file = workspace.resolve(JobService.MAIL_SETTINGS_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String from = properties.getProperty("from", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        return from.isEmpty() ? Optional.empty() : Optional.of(from);
    }

    /** The question for these counts. */
    public static String question(Counts counts, Optional<String> from, boolean mailSettings) {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.deliverQuestion, new Object[] {
                Integer.toString(counts.deliverable()), Integer.toString(counts.exported()),
                Integer.toString(counts.mails()), Integer.toString(counts.recipients()),
                from.map(sender -> NLS.bind(Messages.deliverFrom, sender)).orElse("") })); //$NON-NLS-1$
        if (counts.sameMailbox() > 0) {
            text.append("\n\n").append(NLS.bind(Messages.deliverSameMailbox, //$NON-NLS-1$
                    Integer.toString(counts.sameMailbox()), counts.sameExample()));
        }
        if (!mailSettings) {
            text.append("\n\n").append(Messages.deliverNoMail); //$NON-NLS-1$
        }
        return text.toString();
    }

    /** Asks; empty when the administrator cancelled or nothing can be delivered. */
    public static Optional<DeliverOptions> ask(Shell shell, List<Entry> entries, Set<Long> chosen, Path workspace,
            boolean mailSettings) {
        return ask(shell, entries, chosen, workspace, mailSettings, EnumSet.allOf(DeliveryPart.class));
    }

    /** Asks about a delivery of these parts (file and/or password); empty when cancelled or nothing to deliver. */
    public static Optional<DeliverOptions> ask(Shell shell, List<Entry> entries, Set<Long> chosen, Path workspace,
            boolean mailSettings, Set<DeliveryPart> parts) {
        Counts counts = count(entries, chosen, parts);
        String title = Messages.deliverTitle;
        if (counts.deliverable() == 0) {
            MessageDialog.openInformation(shell, title, Messages.deliverNothing);
            return Optional.empty();
        }
        String[] buttons = mailSettings
                ? new String[] { Messages.deliverSend, Messages.deliverDry, IDialogConstants.CANCEL_LABEL }
                : new String[] { Messages.deliverDry, IDialogConstants.CANCEL_LABEL };
        int kind = counts.sameMailbox() > 0 ? MessageDialog.WARNING : MessageDialog.QUESTION;
        String text = question(counts, sender(workspace), mailSettings);
        if (parts.size() == 1) {
            text = (parts.contains(DeliveryPart.FILE) ? Messages.deliverOnlyFile : Messages.deliverOnlyPassword)
                    + "\n\n" + text; //$NON-NLS-1$
        }
        MessageDialog dialog = new MessageDialog(shell, title, null, text,
                kind, mailSettings ? 1 : 0, buttons);
        int answer = dialog.open();
        boolean send = mailSettings && answer == 0;
        boolean dry = mailSettings ? answer == 1 : answer == 0;
        if (!send && !dry) {
            return Optional.empty();
        }
        return Optional.of(new DeliverOptions(dry, parts, chosen));
    }
}
