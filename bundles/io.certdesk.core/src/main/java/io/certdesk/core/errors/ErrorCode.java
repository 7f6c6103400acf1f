package io.certdesk.core.errors;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.core.internal.errors.ErrorTexts;

/**
 * The product's error catalogue: a stable number for every error an administrator can meet, with its
 * message, likely cause and remedy in English and Japanese. Codes never change meaning once released;
 * new errors get new constants in their family's range (communication 1xx, PKCS#12 2xx, local store 3xx,
 * delivery 4xx, portal-reported 5xx, roster 6xx, cancelled 990, unknown 1103).
 * <p>
 * Texts live in {@code io/certdesk/core/internal/errors/errors.properties} and {@code errors_ja.properties}
 * under the keys {@code e<code>_message}, {@code e<code>_cause} and {@code e<code>_remedy}; {@code docs/errors.md}
 * lists them all and {@code certdesk errors [CODE]} prints them.
 */
public enum ErrorCode {

    /** The connection could not be prepared (CA files, TLS set-up). */
    COMM_INIT_FAILED(101),
    /** The portal's server cannot be reached (name, refused, connect timeout). */
    COMM_CANNOT_CONNECT(102),
    /** The request could not be built (bad URL or field in the profile). */
    COMM_REQUEST_NOT_CREATED(103),
    /** Sending the request failed: the connection broke before an answer. */
    COMM_SEND_FAILED(104),
    /** The proxy refused the credentials (HTTP 407) or authentication was cancelled. */
    COMM_PROXY_AUTH_FAILED(105),
    /** The portal answered with an HTTP status other than 200. */
    COMM_HTTP_STATUS(106),
    /** The server closed the connection without a status line or headers. */
    COMM_NO_RESPONSE(107),
    /** The answer has a content type that is neither PKCS#12 nor a recognised error page. */
    COMM_CONTENT_TYPE(108),
    /** The answer carries no Content-Type header. */
    COMM_NO_CONTENT_TYPE(109),
    /** No data arrived within the response timeout. */
    COMM_RESPONSE_TIMEOUT(110),
    /** The whole exchange did not finish within the overall deadline. */
    COMM_DEADLINE_EXCEEDED(111),
    /** The connection closed before the whole body arrived. */
    COMM_TRUNCATED(112),
    /** The answer exceeds the response size cap. */
    COMM_TOO_LARGE(113),
    /** The server's TLS certificate does not lead to a trusted CA. */
    COMM_TLS_UNTRUSTED(114),
    /** The server's TLS certificate names another host. */
    COMM_TLS_HOST_MISMATCH(115),
    /** The TLS handshake failed for another reason. */
    COMM_TLS_FAILED(116),
    /** The proxy cannot be reached or refused the tunnel to the portal. */
    COMM_PROXY_FAILED(117),
    /** HTTP 503 or 429 on every attempt. */
    COMM_SERVER_UNAVAILABLE(118),
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
    /** No trust anchor was chosen: the chain is not verified (verify and export refuse it). */
    P12_NO_TRUST_ANCHOR(215),
    /** The workspace, certificate store or folder cannot be opened. */
    STORE_CANNOT_OPEN(301),
    /** A file cannot be added to the store or folder. */
    STORE_CANNOT_ADD(302),
    /** The target file exists; certificate files are never overwritten. */
    STORE_FILE_EXISTS(303),
    /** A settings file (portal profile, password file, CA file) is missing or invalid. */
    STORE_SETTINGS_INVALID(304),
    /** The workspace cannot be written: the disk is full or the folder does not allow writing. */
    STORE_CANNOT_WRITE(305),
    /** A stored certificate file is missing or does not match the checksum recorded when it was stored. */
    STORE_COPY_DAMAGED(306),
    /** The workspace passphrase is wrong, missing or too short. */
    STORE_WRONG_PASSPHRASE(307),
    /** The audit log failed verification: a record was edited, deleted, inserted or reordered. */
    STORE_AUDIT_BROKEN(308),
    /** A workspace is created only with a trust anchor (trusted CA certificate or pinned root). */
    STORE_NO_TRUST_ANCHOR(309),
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
    /** Portal answer: authentication failed (group ID, number or password wrong). */
    PORTAL_AUTH_FAILED(501),
    /** Portal answer: not created yet, or already downloaded (24-hour window passed). */
    PORTAL_NOT_AVAILABLE(502),
    /** Portal answer: the server is busy; nothing was downloaded. */
    PORTAL_BUSY(503),
    /** Portal answer: the certificate number is locked after wrong passwords. */
    PORTAL_LOCKED(504),
    /** Portal answer: an error page the profile does not describe. */
    PORTAL_UNRECOGNISED_ANSWER(505),
    /** Roster: The roster file cannot be read. */
    ROSTER_CANNOT_READ(601),
    /** Roster: The roster is not an .xlsx, .xls or CSV file. */
    ROSTER_UNKNOWN_FORMAT(602),
    /** Roster: The roster workbook is damaged. */
    ROSTER_DAMAGED(603),
    /** Roster: The roster workbook is protected with a password. */
    ROSTER_ENCRYPTED(604),
    /** Roster: The roster was refused: it expands far more than a real workbook does. */
    ROSTER_UNSAFE_COMPRESSION(605),
    /** Roster: The roster was refused: it contains XML declarations used in attacks. */
    ROSTER_UNSAFE_XML(606),
    /** Roster: The roster was refused: it is larger than CertDesk accepts. */
    ROSTER_TOO_LARGE(607),
    /** Roster: The roster was refused: it has more rows than the row cap. */
    ROSTER_TOO_MANY_ROWS(608),
    /** Roster: The roster sheet does not exist. */
    ROSTER_SHEET_NOT_FOUND(609),
    /** Roster: No header row was found in the roster. */
    ROSTER_NO_HEADER_ROW(610),
    /** Roster: The column mapping cannot be used. */
    ROSTER_BAD_MAPPING(611),
    /** Roster: The roster result file cannot be written. */
    ROSTER_CANNOT_WRITE(612),
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
