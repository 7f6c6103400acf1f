package io.certdesk.jobs;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.PasswordPolicy;
import io.certdesk.jobs.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The rules of every workspace setting a person types, in one place for every face (the workbench's settings dialog
 * checks each field as it is typed; the command line may check its options with them). Each rule takes the text as
 * typed and answers what is wrong with it in the user's language, or nothing. Numbers may be typed with full-width
 * digits (a Japanese input method): they are read after NFKC normalisation.
 */
public final class SettingsRules {

    /** The fewest and most mails per minute (the demo's own mail sink takes 6,000; real servers about 30). */
    public static final int MIN_RATE = 1;
    public static final int MAX_RATE = 6000;
    /** The longest delay of a password mail after its file mail, in minutes (a day). */
    public static final int MAX_PASSWORD_DELAY_MINUTES = 1440;

    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.\\-]{0,251}[A-Za-z0-9])?)"); //$NON-NLS-1$
    private static final Pattern MAIL = Pattern.compile("[^@\\s\"<>,;]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*"); //$NON-NLS-1$

    private SettingsRules() {
    }

    /** The text as a person meant it: full-width digits and letters as ASCII, blanks around it removed. */
    public static String normal(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip(); //$NON-NLS-1$
    }

    /** The whole number typed, if it is one (full-width digits allowed). */
    public static OptionalInt number(String text) {
        String value = normal(text);
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Optional<String> range(String text, int min, int max) {
        OptionalInt value = number(text);
        if (value.isEmpty()) {
            return Optional.of(NLS.bind(Messages.ruleNotANumber, normal(text)));
        }
        if (value.getAsInt() < min || value.getAsInt() > max) {
            return Optional.of(NLS.bind(Messages.ruleRange, new Object[] { Integer.toString(min), Integer.toString(max),
                    Integer.toString(value.getAsInt()) }));
        }
        return Optional.empty();
    }

    /** A TCP port: 1 to 65535. */
    public static Optional<String> port(String text) {
        return range(text, 1, 65535);
    }

    /** A host name or address; {@code required}: it may not be empty. */
    public static Optional<String> host(String text, boolean required) {
        String value = normal(text);
        if (value.isEmpty()) {
            return required ? Optional.of(Messages.ruleHostMissing) : Optional.empty();
        }
        return HOST.matcher(value).matches() ? Optional.empty() : Optional.of(NLS.bind(Messages.ruleHostInvalid, value));
    }

    /** The portal's base URL: an absolute https address with a host. */
    public static Optional<String> baseUrl(String text) {
        String value = normal(text);
        if (value.isEmpty()) {
            return Optional.of(Messages.ruleUrlMissing);
        }
        try {
            URI uri = new URI(value);
            if (!"https".equalsIgnoreCase(uri.getScheme())) { //$NON-NLS-1$
                return Optional.of(Messages.ruleUrlNotHttps);
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.of(NLS.bind(Messages.ruleUrlInvalid, value));
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(NLS.bind(Messages.ruleUrlInvalid, value));
        }
    }

    /** The files of a comma-separated list (blank: none). */
    public static List<Path> files(String text) {
        List<Path> files = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (!part.isBlank()) {
                files.add(Path.of(part.strip()));
            }
        }
        return files;
    }

    /** Certificate files, comma-separated: each must be a readable file (blank: none). */
    public static Optional<String> certificateFiles(String text) {
        try {
            for (Path file : files(text)) {
                if (!file.isAbsolute()) {
                    return Optional.of(NLS.bind(Messages.ruleFileNotAbsolute, file));
                }
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    return Optional.of(NLS.bind(Messages.ruleFileMissing, file));
                }
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of(NLS.bind(Messages.ruleFileMissing, e.getInput()));
        }
    }

    /**
     * The expected root of the portal's chains: empty, a SHA-1 thumbprint (40 hex digits) or SHA-256 fingerprint (64),
     * colons and blanks allowed, or a subject name such as {@code CN=Root CA,O=Example,C=JP}.
     */
    public static Optional<String> expectedRoot(String text) {
        String value = normal(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String hex = value.replaceAll("[:\\s]", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (hex.matches("[0-9A-Fa-f]+")) { //$NON-NLS-1$
            return hex.length() == 40 || hex.length() == 64 ? Optional.empty()
                    : Optional.of(NLS.bind(Messages.ruleRootFingerprint, Integer.toString(hex.length())));
        }
        try {
            if (!value.contains("=")) { //$NON-NLS-1$
                throw new IllegalArgumentException(value);
            }
            new javax.security.auth.x500.X500Principal(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(NLS.bind(Messages.ruleRootInvalid, value));
        }
    }

    /** A mail address; {@code required}: it may not be empty. */
    public static Optional<String> mailAddress(String text, boolean required) {
        String value = normal(text);
        if (value.isEmpty()) {
            return required ? Optional.of(Messages.ruleMailMissing) : Optional.empty();
        }
        return MAIL.matcher(value).matches() ? Optional.empty() : Optional.of(NLS.bind(Messages.ruleMailInvalid, value));
    }

    /** The renewal window: 1 to 366 days before expiry. */
    public static Optional<String> renewalDays(String text) {
        return range(text, 1, 366);
    }

    /** The at-risk margin before the 24-hour window closes: 0 to 24 hours. */
    public static Optional<String> marginHours(String text) {
        return range(text, 0, 24);
    }

    /** The export's iteration count for a profile. */
    public static Optional<String> iterations(String text, ExportProfile profile) {
        Optional<String> range = range(text, ExportProfile.MIN_ITERATIONS, ExportProfile.MAX_ITERATIONS);
        if (range.isPresent()) {
            return range;
        }
        try {
            ExportOptions.builder(profile).iterations(number(text).getAsInt());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(NLS.bind(Messages.ruleRange, new Object[] { Integer.toString(ExportProfile.MIN_ITERATIONS),
                    Integer.toString(ExportProfile.MAX_ITERATIONS), normal(text) }));
        }
    }

    /** The length of generated passwords: 8 to 64. */
    public static Optional<String> passwordLength(String text) {
        return range(text, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
    }

    /** At least one character class. */
    public static Optional<String> characterClasses(Set<PasswordPolicy.CharacterClass> classes) {
        return classes.isEmpty() ? Optional.of(Messages.ruleNoClasses) : Optional.empty();
    }

    /** Mails per minute: 1 to 6,000. */
    public static Optional<String> ratePerMinute(String text) {
        return range(text, MIN_RATE, MAX_RATE);
    }

    /** The delay of a password mail after its file mail: 0 to 1440 minutes. */
    public static Optional<String> passwordDelayMinutes(String text) {
        return range(text, 0, MAX_PASSWORD_DELAY_MINUTES);
    }

    /** A user name (proxy or SMTP): no blanks or control characters inside. */
    public static Optional<String> user(String text) {
        String value = normal(text);
        return value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == ':')
                ? Optional.of(NLS.bind(Messages.ruleUserInvalid, value))
                : Optional.empty();
    }
}
