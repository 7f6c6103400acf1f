package io.certdesk.core.errors;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.internal.errors.ErrorTexts;

/**
 * The product's error catalogue: a stable number for every error an administrator can meet, with its
 * message, likely cause and remedy in English and Japanese. Codes never change meaning once released;
 * new errors get new constants (communication 1xx, local store 3xx and portal 5xx join later; delivery is 4xx).
 * <p>
 * Texts live in {@code io/certdesk/core/internal/errors/errors.properties} and {@code errors_ja.properties}
 * under the keys {@code e<code>.message}, {@code e<code>.cause} and {@code e<code>.remedy}.
 */
public enum ErrorCode {

    /** The PKCS#12 data is damaged: truncated or not well-formed. */
    P12_CORRUPT(201),
    /** The password does not open the PKCS#12 file (or the file was changed after it was made). */
    P12_WRONG_PASSWORD(202),
    /** The file is not a PKCS#12 file at all (an HTML page, a PEM file, an empty file...). */
    P12_NOT_PKCS12(203),
    /** The PKCS#12 file holds no private key. */
    P12_NO_PRIVATE_KEY(204),
    /** The PKCS#12 file holds more than one private key. */
    P12_SEVERAL_KEYS(205),
    /** The private key matches none of the certificates in the file. */
    P12_KEY_MISMATCH(206),
    /** The file uses an algorithm CertDesk does not read. */
    P12_UNSUPPORTED_ALGORITHM(207),
    /** The file asks for unreasonable work (iteration counts, sizes): refused before any work is done. */
    P12_HOSTILE_PARAMETERS(208),
    /** A certificate in the file cannot be read. */
    P12_CERTIFICATE_UNREADABLE(209),
    /** The chain from the certificate to its root could not be completed. */
    P12_CHAIN_INCOMPLETE(210),
    /** The chain is complete but did not pass verification (trust, validity, pinned root or issuer). */
    P12_CHAIN_UNTRUSTED(211),
    /** The input file cannot be opened or read. */
    P12_CANNOT_OPEN(212),
    /** The output file cannot be written. */
    P12_CANNOT_WRITE(213),
    /** A password given for a new file does not meet the password rules. */
    P12_PASSWORD_REJECTED(214),
    // Delivery 4xx (issue 7: io.certdesk.delivery): one block, kept apart from other families to ease merging.
    /** The delivery settings are incomplete or unsafe (SMTP host, security mode, sender, rate). */
    DELIVERY_SETTINGS_INVALID(401),
    /** The SMTP server cannot be reached. */
    DELIVERY_CONNECT_FAILED(402),
    /** The mail server offered no usable TLS (no STARTTLS, untrusted certificate, wrong host name): never sent in clear text. */
    DELIVERY_TLS_FAILED(403),
    /** The mail server refused the SMTP user name or password. */
    DELIVERY_AUTH_FAILED(404),
    /** The mail server permanently rejected the message for this entry (5xx). */
    DELIVERY_REJECTED(405),
    /** The mail server answered with a temporary error (4xx) on every attempt. */
    DELIVERY_DEFERRED(406),
    /** A name, address, subject or file name holds a line break or control character (header injection refused). */
    DELIVERY_UNSAFE_FIELD(407),
    /** A mail address is missing or not a valid address. */
    DELIVERY_ADDRESS_INVALID(408),
    /** File and password would go to the same mailbox, which is not allowed by the settings. */
    DELIVERY_SAME_MAILBOX(409),
    /** A mail template is missing, unreadable or uses unknown placeholders. */
    DELIVERY_TEMPLATE_INVALID(410),
    /** The certificate file to attach cannot be read. */
    DELIVERY_ATTACHMENT_UNREADABLE(411),
    /** A send started but its outcome is unknown (crash or lost connection): confirm before resending. */
    DELIVERY_STATE_UNKNOWN(412),
    /** The delivery ledger cannot be read or written: nothing is sent without it. */
    DELIVERY_LEDGER_FAILED(413),
    /** An outbox message or the handout PDF cannot be written. */
    DELIVERY_CANNOT_WRITE(414),
    /** No Japanese font was found for the handout PDF. */
    DELIVERY_FONT_MISSING(415),
    /** The user cancelled the operation. */
    CANCELLED(990),
    /** An error the catalogue does not describe. */
    UNKNOWN(1103);

    private final int code;

    ErrorCode(int code) {
        this.code = code;
    }

    /** The stable number shown to users, e.g. 202. */
    public int code() {
        return code;
    }

    /** The family of this code, derived from its number. */
    public ErrorCategory category() {
        return ErrorCategory.of(code);
    }

    /** The short message in the default locale. */
    public String message() {
        return ErrorTexts.defaultText(code, ErrorTexts.Part.MESSAGE);
    }

    /** The likely cause in the default locale. */
    public String cause() {
        return ErrorTexts.defaultText(code, ErrorTexts.Part.CAUSE);
    }

    /** What the user can do, in the default locale. */
    public String remedy() {
        return ErrorTexts.defaultText(code, ErrorTexts.Part.REMEDY);
    }

    /** The short message in the given locale (English when the locale has no translation). */
    public String message(Locale locale) {
        return ErrorTexts.text(code, ErrorTexts.Part.MESSAGE, Objects.requireNonNull(locale, "locale")); //$NON-NLS-1$
    }

    /** The likely cause in the given locale. */
    public String cause(Locale locale) {
        return ErrorTexts.text(code, ErrorTexts.Part.CAUSE, Objects.requireNonNull(locale, "locale")); //$NON-NLS-1$
    }

    /** What the user can do, in the given locale. */
    public String remedy(Locale locale) {
        return ErrorTexts.text(code, ErrorTexts.Part.REMEDY, Objects.requireNonNull(locale, "locale")); //$NON-NLS-1$
    }

    /** The code with this number, if the catalogue has one. */
    public static Optional<ErrorCode> of(int code) {
        for (ErrorCode candidate : values()) {
            if (candidate.code == code) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
