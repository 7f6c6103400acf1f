package io.certdesk.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the delivery engine needs besides the items: the SMTP server, the sender, the pace, the
 * charset and language, and where templates are edited. Build with {@link #builder(SmtpSettings, String)}.
 */
public final class DeliverySettings {

    /** The default pace: large providers throttle bulk senders at about 30 messages per minute. */
    public static final int DEFAULT_RATE_PER_MINUTE = 30;

    private final SmtpSettings smtp;
    private final String from;
    private final String fromName;
    private final String replyTo;
    private final String bcc;
    private final String adminContact;
    private final int ratePerMinute;
    private final Duration passwordMailDelay;
    private final boolean allowSameMailbox;
    private final MailCharset charset;
    private final Locale locale;
    private final Path templateFolder;
    private final String fileNameTemplate;
    private final int maxAttempts;
    private final Duration retryBackoff;

    private DeliverySettings(Builder b) {
        this.smtp = b.smtp;
        this.from = b.from;
        this.fromName = b.fromName;
        this.replyTo = b.replyTo;
        this.bcc = b.bcc;
        this.adminContact = b.adminContact;
        this.ratePerMinute = b.ratePerMinute;
        this.passwordMailDelay = b.passwordMailDelay;
        this.allowSameMailbox = b.allowSameMailbox;
        this.charset = b.charset;
        this.locale = b.locale;
        this.templateFolder = b.templateFolder;
        this.fileNameTemplate = b.fileNameTemplate;
        this.maxAttempts = b.maxAttempts;
        this.retryBackoff = b.retryBackoff;
    }

    /** A builder with the defaults: UTF-8, Japanese, 30 per minute, 5-minute password delay, 3 attempts. */
    public static Builder builder(SmtpSettings smtp, String from) {
        return new Builder(smtp, from);
    }

    public SmtpSettings smtp() {
        return smtp;
    }

    /** The From address (also the envelope sender). */
    public String from() {
        return from;
    }

    /** The From display name; may be empty. */
    public String fromName() {
        return fromName;
    }

    /** The Reply-To address; empty for none. */
    public String replyTo() {
        return replyTo;
    }

    /** The administrator's address that receives a blind copy of every file mail; empty for none. */
    public String bcc() {
        return bcc;
    }

    /** How users reach the administrator (free text for the templates). */
    public String adminContact() {
        return adminContact;
    }

    public int ratePerMinute() {
        return ratePerMinute;
    }

    /** How long after its file mail was accepted a password mail may go. */
    public Duration passwordMailDelay() {
        return passwordMailDelay;
    }

    /** Whether file and password may go to the same mailbox (an explicit, warned choice). */
    public boolean allowSameMailbox() {
        return allowSameMailbox;
    }

    public MailCharset charset() {
        return charset;
    }

    /** The language of the mails and the handout: Japanese or English. */
    public Locale locale() {
        return locale;
    }

    /** A folder with edited templates, when the administrator has one. */
    public Optional<Path> templateFolder() {
        return Optional.ofNullable(templateFolder);
    }

    /** A template for attachment names, e.g. {@code {{certificateNumber}}_{{name}}.p12}; empty to keep each item's. */
    public Optional<String> fileNameTemplate() {
        return Optional.ofNullable(fileNameTemplate);
    }

    /** How many times a message answered with 4xx is tried in one batch. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait before the first retry after a 4xx answer; doubled for each further one. */
    public Duration retryBackoff() {
        return retryBackoff;
    }

    /** Builds {@link DeliverySettings}. */
    public static final class Builder {
        private final SmtpSettings smtp;
        private final String from;
        private String fromName = ""; //$NON-NLS-1$
        private String replyTo = ""; //$NON-NLS-1$
        private String bcc = ""; //$NON-NLS-1$
        private String adminContact = ""; //$NON-NLS-1$
        private int ratePerMinute = DEFAULT_RATE_PER_MINUTE;
        private Duration passwordMailDelay = Duration.ofMinutes(5);
        private boolean allowSameMailbox;
        private MailCharset charset = MailCharset.UTF_8;
        private Locale locale = Locale.JAPANESE;
        private Path templateFolder;
        private String fileNameTemplate;
        private int maxAttempts = 3;
        private Duration retryBackoff = Duration.ofMinutes(1);

        private Builder(SmtpSettings smtp, String from) {
            this.smtp = Objects.requireNonNull(smtp, "smtp"); //$NON-NLS-1$
            this.from = Objects.requireNonNull(from, "from"); //$NON-NLS-1$
        }

        public Builder fromName(String value) {
            this.fromName = Objects.requireNonNull(value, "fromName"); //$NON-NLS-1$
            return this;
        }

        public Builder replyTo(String value) {
            this.replyTo = Objects.requireNonNull(value, "replyTo"); //$NON-NLS-1$
            return this;
        }

        public Builder bcc(String value) {
            this.bcc = Objects.requireNonNull(value, "bcc"); //$NON-NLS-1$
            return this;
        }

        public Builder adminContact(String value) {
            this.adminContact = Objects.requireNonNull(value, "adminContact"); //$NON-NLS-1$
            return this;
        }

        public Builder ratePerMinute(int value) {
            this.ratePerMinute = value;
            return this;
        }

        public Builder passwordMailDelay(Duration value) {
            this.passwordMailDelay = Objects.requireNonNull(value, "passwordMailDelay"); //$NON-NLS-1$
            return this;
        }

        public Builder allowSameMailbox(boolean value) {
            this.allowSameMailbox = value;
            return this;
        }

        public Builder charset(MailCharset value) {
            this.charset = Objects.requireNonNull(value, "charset"); //$NON-NLS-1$
            return this;
        }

        /** Japanese for any {@code ja} locale, English otherwise. */
        public Builder locale(Locale value) {
            Objects.requireNonNull(value, "locale"); //$NON-NLS-1$
            this.locale = "ja".equals(value.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH; //$NON-NLS-1$
            return this;
        }

        public Builder templateFolder(Path value) {
            this.templateFolder = value;
            return this;
        }

        public Builder fileNameTemplate(String value) {
            this.fileNameTemplate = value == null || value.isBlank() ? null : value;
            return this;
        }

        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        public Builder retryBackoff(Duration value) {
            this.retryBackoff = Objects.requireNonNull(value, "retryBackoff"); //$NON-NLS-1$
            return this;
        }

        public DeliverySettings build() {
            return new DeliverySettings(this);
        }
    }
}
