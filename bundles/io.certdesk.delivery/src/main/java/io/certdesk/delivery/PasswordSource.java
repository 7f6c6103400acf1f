package io.certdesk.delivery;

/**
 * Hands out the password of one entry when a password mail or handout page is built. Each call returns a
 * fresh array that the caller clears (Arrays.fill) as soon as it is used; the password is asked for only
 * when the password part is delivered, never for the file mail.
 */
@FunctionalInterface
public interface PasswordSource {

    /** A new copy of the password; the caller clears it. */
    char[] password() throws DeliveryException;
}
