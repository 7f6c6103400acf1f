package io.certdesk.roster.internal;

import java.util.regex.Pattern;

/**
 * A strict check of an e-mail address as administrators type them: {@code local@domain}, ASCII only,
 * a dot-atom local part (RFC 5322 without quoted strings or comments), a host name of at least two
 * labels with an alphabetic top-level label, no blanks, no CR or LF, 254 characters at most.
 */
public final class EmailAddress {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"); //$NON-NLS-1$
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"); //$NON-NLS-1$
    private static final Pattern TOP = Pattern.compile("[A-Za-z]{2,63}"); //$NON-NLS-1$

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.isEmpty() || address.length() > 254) {
            return false;
        }
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at > 64) {
            return false;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (!LOCAL.matcher(local).matches() || domain.isEmpty() || domain.length() > 253) {
            return false;
        }
        String[] labels = domain.split("\\.", -1); //$NON-NLS-1$
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP.matcher(labels[labels.length - 1]).matches();
    }
}
