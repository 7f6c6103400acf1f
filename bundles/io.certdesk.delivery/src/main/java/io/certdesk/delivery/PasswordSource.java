package io.certdesk.delivery;

import io.certdesk.core.secrets.Secret;

/**
 * Hands out the password of one entry when a password mail or handout page is built. Each call returns a
 * fresh array that the caller clears as soon as it is used ({@link #secret()} wraps it in a {@link Secret} that
 * does so when closed); the password is asked for only when the password part is delivered, never for the file
 * mail.
 */
@FunctionalInterface
public interface PasswordSource {

    /** A new copy of the password; the caller clears it. */
    char[] password() throws DeliveryException;

    /** A new copy of the password as a {@link Secret}; the caller closes it. */
    default Secret secret() throws DeliveryException {
        return Secret.wrap(password());
    }
}
