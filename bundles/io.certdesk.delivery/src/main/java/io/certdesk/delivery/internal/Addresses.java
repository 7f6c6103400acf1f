package io.certdesk.delivery.internal;

import java.io.UnsupportedEncodingException;
import java.util.Locale;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.MailCharset;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.osgi.util.NLS;

/** Checks mail addresses strictly: a bare ASCII {@code local@domain}, no display name, no control characters. */
public final class Addresses {

    private Addresses() {
    }

    /** The address, or an error naming the field and the entry or setting. */
    public static InternetAddress parse(String address, String field, String label) throws DeliveryException {
        HeaderGuard.requireSafe(address == null ? "" : address, field, label); //$NON-NLS-1$
        String value = address == null ? "" : address.strip(); //$NON-NLS-1$
        if (value.isEmpty()) {
            throw new DeliveryException(ErrorCode.DELIVERY_ADDRESS_INVALID, label, NLS.bind(Messages.addressMissing, field));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x7E || c == ' ' || c == '<' || c == '>' || c == ',' || c == ';' || c == '"') {
                throw new DeliveryException(ErrorCode.DELIVERY_ADDRESS_INVALID, label,
                        NLS.bind(Messages.addressInvalid, field, value));
            }
        }
        try {
            InternetAddress parsed = new InternetAddress(value, true);
            parsed.validate();
            int at = value.lastIndexOf('@');
            if (at <= 0 || at == value.length() - 1 || value.indexOf('.', at) < 0 || parsed.getPersonal() != null) {
                throw new AddressException(value);
            }
            return new InternetAddress(value);
        } catch (AddressException e) {
            throw new DeliveryException(ErrorCode.DELIVERY_ADDRESS_INVALID, label,
                    NLS.bind(Messages.addressInvalid, field, value));
        }
    }

    /** The address with a display name encoded in the charset (falling back to UTF-8). */
    public static InternetAddress withName(InternetAddress address, String name, MailCharset charset) {
        if (name == null || name.isBlank()) {
            return address;
        }
        try {
            return new InternetAddress(address.getAddress(), name, charset.forText(name).mimeName());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether two addresses reach the same mailbox, erring on the safe side: compared by {@link #mailboxKey}, so
     * case and plus-addressing ({@code taro+cert@example.jp} is delivered to {@code taro@example.jp}) do not hide
     * that the file and its password land in one inbox.
     */
    public static boolean sameMailbox(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        return mailboxKey(a).equals(mailboxKey(b));
    }

    /**
     * The mailbox an address is delivered to, as far as CertDesk can tell: lower case, without a {@code +tag}
     * (sub-address) in the local part, without a trailing dot in the domain.
     */
    public static String mailboxKey(String address) {
        String value = address.strip().toLowerCase(Locale.ROOT);
        int at = value.lastIndexOf('@');
        String local = at < 0 ? value : value.substring(0, at);
        String domain = at < 0 ? "" : value.substring(at + 1); //$NON-NLS-1$
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        while (domain.endsWith(".")) { //$NON-NLS-1$
            domain = domain.substring(0, domain.length() - 1);
        }
        return local + '@' + domain;
    }

    /** The domain of an address (for Message-IDs). */
    public static String domainOf(InternetAddress address) {
        String value = address.getAddress();
        return value.substring(value.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
