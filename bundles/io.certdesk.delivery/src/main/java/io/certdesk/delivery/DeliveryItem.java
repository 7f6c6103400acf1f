package io.certdesk.delivery;

import java.time.LocalDate;
import java.util.Objects;

import io.certdesk.delivery.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * One user's delivery: who receives the certificate file and, through another channel, its password.
 * The workspace builds these from its entries and roster rows ({@link DeliverySource}).
 *
 * @param entryId the workspace entry id (the delivery ledger's key; {@link #key()} names it in messages and files)
 * @param row the roster row (1-based) for messages, or 0 when unknown
 * @param name the user's name as it appears in mails and the handout
 * @param department the user's department (handout pages are grouped by it); may be empty
 * @param email the user's mail address: the file mail goes there
 * @param passwordRecipient the mail address for the password mail (a manager or a personal address); empty
 *        unless the password channel is {@link DeliveryChannel#MAIL}
 * @param fileChannel how the file is delivered ({@link DeliveryChannel#MAIL} or {@link DeliveryChannel#MANUAL})
 * @param passwordChannel how the password is delivered
 * @param certificateNumber the certificate number from the issuing service
 * @param attachment gives the exported PKCS#12 file's bytes to attach (a workspace reads them integrity-checked)
 * @param fileName the attachment's file name (used unless the settings have a file-name template)
 * @param expiry the certificate's last day of validity
 * @param issuer the issuing CA's name, as users should check it when importing
 * @param password gives the password when the password part is delivered
 */
public record DeliveryItem(long entryId, int row, String name, String department, String email,
        String passwordRecipient, DeliveryChannel fileChannel, DeliveryChannel passwordChannel,
        String certificateNumber, AttachmentSource attachment, String fileName, LocalDate expiry, String issuer,
        PasswordSource password) {

    public DeliveryItem {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        department = department == null ? "" : department; //$NON-NLS-1$
        email = email == null ? "" : email; //$NON-NLS-1$
        passwordRecipient = passwordRecipient == null ? "" : passwordRecipient; //$NON-NLS-1$
        Objects.requireNonNull(fileChannel, "fileChannel"); //$NON-NLS-1$
        Objects.requireNonNull(passwordChannel, "passwordChannel"); //$NON-NLS-1$
        certificateNumber = certificateNumber == null ? "" : certificateNumber; //$NON-NLS-1$
        Objects.requireNonNull(attachment, "attachment"); //$NON-NLS-1$
        Objects.requireNonNull(fileName, "fileName"); //$NON-NLS-1$
        Objects.requireNonNull(expiry, "expiry"); //$NON-NLS-1$
        issuer = issuer == null ? "" : issuer; //$NON-NLS-1$
        Objects.requireNonNull(password, "password"); //$NON-NLS-1$
        if (fileChannel == DeliveryChannel.HANDOUT) {
            throw new IllegalArgumentException("the file cannot be delivered by handout"); //$NON-NLS-1$
        }
    }

    /** How messages, outbox files and the handout name this entry: {@code e} and its id. */
    public String key() {
        return key(entryId);
    }

    /** The name of an entry id in messages and files: {@code e} and the id. */
    public static String key(long entryId) {
        return "e" + entryId; //$NON-NLS-1$
    }

    /** How messages name this entry, in the current language: its row when known ("row 7 (e6)", "7 行目 (e6)"), and its id. */
    public String label() {
        return row > 0 ? NLS.bind(Messages.itemLabel, Integer.toString(row), key()) : key();
    }

    /** No password in toString: the source is a function, not the secret. */
    @Override
    public String toString() {
        return "DeliveryItem[" + label() + ", " + fileChannel + "/" + passwordChannel + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
