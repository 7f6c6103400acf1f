package io.certdesk.jobs.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.MailCharset;
import io.certdesk.delivery.SmtpSecurity;
import io.certdesk.delivery.SmtpSettings;

/**
 * The workspace's mail settings: {@value #FILE_NAME} in the workspace folder (nothing secret; the SMTP password is
 * the workspace secret {@value #SMTP_PASSWORD}, encrypted). Keys: {@code smtp.host}, {@code smtp.port},
 * {@code smtp.security} (SMTPS, STARTTLS_REQUIRED, NONE_LOOPBACK_ONLY), {@code smtp.user}, {@code from},
 * {@code from.name}, {@code reply.to}, {@code bcc}, {@code admin.contact}, {@code rate.per.minute},
 * {@code password.mail.delay.seconds}, {@code language} (ja, en), {@code charset} (UTF-8, ISO-2022-JP),
 * {@code file.channel} (mail, manual), {@code password.channel} (mail, handout, manual), {@code template.folder},
 * {@code file.name.template}, {@code allow.same.mailbox}.
 */
public final class MailSettingsFile {

    public static final String FILE_NAME = io.certdesk.jobs.JobService.MAIL_SETTINGS_FILE;
    public static final String SMTP_PASSWORD = io.certdesk.jobs.JobService.SMTP_PASSWORD_SECRET;

    private final Properties properties;
    private final Path file;

    private MailSettingsFile(Path file, Properties properties) {
        this.file = file;
        this.properties = properties;
    }

    /** Whether the workspace has mail settings. */
    public static boolean exists(Path workspace) {
        return Files.isRegularFile(workspace.resolve(FILE_NAME));
    }

    /** The workspace's settings; empty (defaults) when it has none. */
    public static MailSettingsFile load(Path workspace) throws DeliveryException {
        Path file = workspace.resolve(FILE_NAME);
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, file.toString(), e.getMessage(), e);
            }
        }
        return new MailSettingsFile(file, properties);
    }

    /** The default channel of the file part. */
    public DeliveryChannel fileChannel() throws DeliveryException {
        DeliveryChannel channel = channel("file.channel", DeliveryChannel.MAIL); //$NON-NLS-1$
        if (channel == DeliveryChannel.HANDOUT) {
            throw invalid("file.channel", "mail or manual"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return channel;
    }

    /** The default channel of the password part. */
    public DeliveryChannel passwordChannel() throws DeliveryException {
        return channel("password.channel", DeliveryChannel.MAIL); //$NON-NLS-1$
    }

    /** The delivery settings with the SMTP password (decrypted by the caller, copied here; wipe {@code password}). */
    public DeliverySettings settings(Optional<char[]> password) throws DeliveryException {
        int port = number("smtp.port", 587); //$NON-NLS-1$
        SmtpSecurity security;
        try {
            security = SmtpSecurity.valueOf(get("smtp.security", "STARTTLS_REQUIRED").toUpperCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            throw invalid("smtp.security", "SMTPS, STARTTLS_REQUIRED or NONE_LOOPBACK_ONLY"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        SmtpSettings smtp = new SmtpSettings(get("smtp.host", ""), port, security, get("smtp.user", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                password.orElse(null), List.of(), Duration.ofSeconds(30));
        password.ifPresent(p -> Arrays.fill(p, '\0'));
        DeliverySettings.Builder builder = DeliverySettings.builder(smtp, get("from", "")) //$NON-NLS-1$ //$NON-NLS-2$
                .fromName(get("from.name", "")).replyTo(get("reply.to", "")).bcc(get("bcc", "")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                .adminContact(get("admin.contact", "")) //$NON-NLS-1$ //$NON-NLS-2$
                .ratePerMinute(number("rate.per.minute", DeliverySettings.DEFAULT_RATE_PER_MINUTE)) //$NON-NLS-1$
                .passwordMailDelay(Duration.ofSeconds(number("password.mail.delay.seconds", 300))) //$NON-NLS-1$
                .allowSameMailbox(Boolean.parseBoolean(get("allow.same.mailbox", "false"))) //$NON-NLS-1$ //$NON-NLS-2$
                .locale("en".equalsIgnoreCase(get("language", "ja")) ? Locale.ENGLISH : Locale.JAPANESE) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .charset("ISO-2022-JP".equalsIgnoreCase(get("charset", "UTF-8")) ? MailCharset.ISO_2022_JP : MailCharset.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String templates = get("template.folder", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (!templates.isEmpty()) {
            builder.templateFolder(file.getParent().resolve(templates));
        }
        String fileName = get("file.name.template", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (!fileName.isEmpty()) {
            builder.fileNameTemplate(fileName);
        }
        return builder.build();
    }

    private DeliveryChannel channel(String key, DeliveryChannel fallback) throws DeliveryException {
        String value = get(key, ""); //$NON-NLS-1$
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return DeliveryChannel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(key, "mail, handout or manual"); //$NON-NLS-1$
        }
    }

    private int number(String key, int fallback) throws DeliveryException {
        String value = get(key, ""); //$NON-NLS-1$
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(key, "a whole number"); //$NON-NLS-1$
        }
    }

    private String get(String key, String fallback) {
        return properties.getProperty(key, fallback).strip();
    }

    private DeliveryException invalid(String key, String expected) {
        return new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, file.toString(),
                key + ": expected " + expected); //$NON-NLS-1$
    }
}
