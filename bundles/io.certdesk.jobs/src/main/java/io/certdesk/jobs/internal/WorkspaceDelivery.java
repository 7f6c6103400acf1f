package io.certdesk.jobs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.delivery.DeliveryAudit;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.DeliverySource;
import io.certdesk.delivery.DeliveryWorkspace;
import io.certdesk.workspace.AuditNote;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;

/**
 * Delivery on an open workspace: the exported entries as items (channels from {@link MailSettingsFile}, the
 * roster row's channel overriding the password channel), the export password decrypted per use, the SMTP password
 * decrypted per open and wiped on close, the workspace's own delivery ledger ({@link Workspace#deliveryLedger()},
 * over the workspace's one connection), the workspace audit log and the {@code outbox} folder. {@link #close()}
 * moves entries whose file and password were handed over to DELIVERED and DONE (one transaction per entry). The
 * workspace itself is closed only when this object owns it.
 */
public final class WorkspaceDelivery implements DeliveryWorkspace {

    /** The outbox folder inside the workspace. */
    public static final String OUTBOX = "outbox"; //$NON-NLS-1$
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo"); //$NON-NLS-1$

    private final Workspace workspace;
    private final MailSettingsFile mail;
    private final DeliverySettings settings;
    private final DeliveryLedger ledger;
    private final Path outbox;

    private WorkspaceDelivery(Workspace workspace, MailSettingsFile mail, DeliverySettings settings,
            DeliveryLedger ledger, Path outbox) {
        this.workspace = workspace;
        this.mail = mail;
        this.settings = settings;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /** Delivery on {@code workspace}, which stays open when this closes. */
    public static WorkspaceDelivery on(Workspace workspace) throws DeliveryException {
        Path folder = workspace.folder();
        MailSettingsFile mail = MailSettingsFile.load(folder);
        Optional<char[]> password;
        try {
            password = workspace.secret(MailSettingsFile.SMTP_PASSWORD);
        } catch (WorkspaceException e) {
            throw new DeliveryException(e.code(), folder.toString(), e.getMessage(), e);
        }
        DeliverySettings settings = mail.settings(password);
        Path outbox = folder.resolve(OUTBOX);
        try {
            OwnerOnly.directory(outbox);
        } catch (IOException e) {
            settings.smtp().clear();
            throw new DeliveryException(ErrorCode.DELIVERY_CANNOT_WRITE, outbox.toString(), String.valueOf(e.getMessage()), e);
        }
        return new WorkspaceDelivery(workspace, mail, settings, workspace.deliveryLedger(), outbox);
    }

    public Workspace workspace() {
        return workspace;
    }

    @Override
    public DeliverySource source() {
        return this::items;
    }

    private List<DeliveryItem> items() throws DeliveryException {
        DeliveryChannel fileChannel = mail.fileChannel();
        DeliveryChannel passwordChannel = mail.passwordChannel();
        List<DeliveryItem> items = new ArrayList<>();
        try {
            for (Entry entry : workspace.entries()) {
                if (entry.state() != EntryState.EXPORTED || entry.certificate().isEmpty()) {
                    continue;
                }
                items.add(item(entry, fileChannel, passwordChannel));
            }
        } catch (WorkspaceException e) {
            throw new DeliveryException(e.code(), workspace.folder().toString(), e.getMessage(), e);
        }
        return items;
    }

    /**
     * The delivery item of any entry with a verified certificate, whatever its state (the Details view previews the
     * mails of delivered entries too); empty without a certificate.
     */
    public Optional<DeliveryItem> item(Entry entry) throws DeliveryException {
        if (entry.certificate().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(item(entry, mail.fileChannel(), mail.passwordChannel()));
    }

    private DeliveryItem item(Entry entry, DeliveryChannel fileChannel, DeliveryChannel passwordChannel) {
        long id = entry.id();
        LocalDate expiry = entry.certificate().get().notAfter().atZone(TOKYO).toLocalDate();
        return new DeliveryItem(id, row(entry), entry.name(), entry.department(), entry.email(), entry.recipient(),
                fileChannel, entry.channel().orElse(passwordChannel), entry.certificateNumber(), () -> attachment(id),
                entry.certificateNumber() + ".p12", expiry, //$NON-NLS-1$
                issuerName(entry.certificate().get().issuer()), () -> password(id));
    }

    /** How the file goes (the mail settings). */
    public DeliveryChannel fileChannel() throws DeliveryException {
        return mail.fileChannel();
    }

    /** How the entry's password goes: the row's own channel, else the mail settings'. */
    public DeliveryChannel passwordChannel(Entry entry) throws DeliveryException {
        return entry.channel().isPresent() ? entry.channel().get() : mail.passwordChannel();
    }

    /** Clears the SMTP password without settling anything (for reads: previews, details). */
    public void release() {
        settings.smtp().clear();
    }

    /** The exported file through the vault's integrity check: a file changed after the export is never attached. */
    private byte[] attachment(long id) throws DeliveryException {
        try {
            return workspace.exportedBytes(id);
        } catch (WorkspaceException e) {
            throw new DeliveryException(e.code(), DeliveryItem.key(id), e.getMessage(), e);
        }
    }

    private char[] password(long id) throws DeliveryException {
        try {
            return workspace.exportPassword(id);
        } catch (WorkspaceException e) {
            throw new DeliveryException(e.code(), DeliveryItem.key(id), e.getMessage(), e);
        }
    }

    @Override
    public DeliverySettings settings() {
        return settings;
    }

    @Override
    public DeliveryLedger ledger() {
        return ledger;
    }

    @Override
    public DeliveryAudit audit() {
        return new DeliveryAudit() {
            @Override
            public void record(DeliveryResult event) {
                recordAll(List.of(event));
            }

            @Override
            public void recordAll(List<DeliveryResult> events) {
                try {
                    workspace.audit(events.stream().map(WorkspaceDelivery::note).toList());
                } catch (WorkspaceException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        };
    }

    private static AuditNote note(DeliveryResult event) {
        String detail = event.part().name().toLowerCase(Locale.ROOT) + ' ' + event.channel().name().toLowerCase(Locale.ROOT)
                + (event.recipient().isEmpty() ? "" : " to " + event.recipient()) //$NON-NLS-1$ //$NON-NLS-2$
                + (event.messageId().isEmpty() ? "" : ' ' + event.messageId()) //$NON-NLS-1$
                + (event.errorNumber() == 0 ? "" : " [" + event.errorNumber() + ']') //$NON-NLS-1$ //$NON-NLS-2$
                + (event.detail().isEmpty() ? "" : ": " + event.detail()); //$NON-NLS-1$ //$NON-NLS-2$
        return new AuditNote("delivery." + event.state().name().toLowerCase(Locale.ROOT), //$NON-NLS-1$
                Optional.of(Long.valueOf(event.entryId())), detail);
    }

    @Override
    public Path outbox() {
        return outbox;
    }

    /**
     * Moves every exported entry whose file was accepted (or goes by hand) and whose password was accepted,
     * confirmed or handed over to DELIVERED and then DONE, one transaction per entry
     * ({@link Workspace#settleDelivered}).
     *
     * @return how many entries moved
     */
    public int settleDelivered() throws DeliveryException {
        int moved = 0;
        try {
            DeliveryChannel fileChannel = mail.fileChannel();
            for (Entry entry : workspace.entries()) {
                if (entry.state() != EntryState.EXPORTED) {
                    continue;
                }
                if (workspace.settleDelivered(entry.id(), fileChannel)) {
                    moved++;
                }
            }
        } catch (WorkspaceException e) {
            throw new DeliveryException(e.code(), workspace.folder().toString(), e.getMessage(), e);
        }
        return moved;
    }

    /** The latest ledger state of an entry's part, for reports. */
    public Optional<DeliveryResult> latest(long entryId, DeliveryPart part) throws DeliveryException {
        return ledger.latest(entryId, part);
    }

    @Override
    public void close() throws DeliveryException {
        try {
            settleDelivered();
        } finally {
            settings.smtp().clear();
        }
    }

    static int row(Entry entry) {
        try {
            return Integer.parseInt(entry.extras().getOrDefault(RosterImport.ROW, "0")); //$NON-NLS-1$
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The CN of an RFC 2253 name, else the name. */
    static String issuerName(String dn) {
        int at = dn.startsWith("CN=") ? 0 : dn.indexOf(",CN="); //$NON-NLS-1$ //$NON-NLS-2$
        if (at < 0) {
            return dn;
        }
        int start = at == 0 ? 3 : at + 4;
        StringBuilder name = new StringBuilder();
        for (int i = start; i < dn.length(); i++) {
            char c = dn.charAt(i);
            if (c == '\\' && i + 1 < dn.length()) {
                name.append(dn.charAt(++i));
            } else if (c == ',') {
                break;
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
