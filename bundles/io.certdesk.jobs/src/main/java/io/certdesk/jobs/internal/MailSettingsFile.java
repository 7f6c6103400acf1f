package io.certdesk.jobs.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.MailCharset;
import io.certdesk.delivery.SmtpSecurity;
import io.certdesk.delivery.SmtpSettings;
import io.certdesk.jobs.MailConfiguration;

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
        return read(workspace.resolve(FILE_NAME), false);
    }

    /** A mail settings file anywhere (an administrator's draft): it must exist. */
    public static MailSettingsFile loadFile(Path file) throws DeliveryException {
        return read(file, true);
    }

    private static MailSettingsFile read(Path file, boolean required) throws DeliveryException {
        Properties properties = new Properties();
        if (required && !Files.isRegularFile(file)) {
            throw new DeliveryException(ErrorCode.DELIVERY_SETTINGS_INVALID, file.toString(), "no such file"); //$NON-NLS-1$
        }
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

    /** The settings as the job service hands them out: no SMTP password, the channels of both parts. */
    public MailConfiguration configuration() throws DeliveryException {
        return new MailConfiguration(settings(Optional.empty()), fileChannel(), passwordChannel());
    }

    /**
     * Writes {@code mail} to the workspace's {@value #FILE_NAME} (owner-only, durable, replacing the old file
     * atomically) in the keys {@link #load} reads, so that the file stays the one an administrator may edit.
     */
    public static void write(Path workspace, MailConfiguration mail) throws DeliveryException {
        DeliverySettings d = mail.settings();
        Properties out = new Properties();
        out.setProperty("smtp.host", d.smtp().host()); //$NON-NLS-1$
        out.setProperty("smtp.port", Integer.toString(d.smtp().port())); //$NON-NLS-1$
        out.setProperty("smtp.security", d.smtp().security().name()); //$NON-NLS-1$
        out.setProperty("smtp.user", d.smtp().user()); //$NON-NLS-1$
        out.setProperty("from", d.from()); //$NON-NLS-1$
        out.setProperty("from.name", d.fromName()); //$NON-NLS-1$
        out.setProperty("reply.to", d.replyTo()); //$NON-NLS-1$
        out.setProperty("bcc", d.bcc()); //$NON-NLS-1$
        out.setProperty("admin.contact", d.adminContact()); //$NON-NLS-1$
        out.setProperty("rate.per.minute", Integer.toString(d.ratePerMinute())); //$NON-NLS-1$
        out.setProperty("password.mail.delay.seconds", Long.toString(d.passwordMailDelay().toSeconds())); //$NON-NLS-1$
        out.setProperty("allow.same.mailbox", Boolean.toString(d.allowSameMailbox())); //$NON-NLS-1$
        out.setProperty("language", Locale.ENGLISH.getLanguage().equals(d.locale().getLanguage()) ? "en" : "ja"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.setProperty("charset", d.charset() == MailCharset.ISO_2022_JP ? "ISO-2022-JP" : "UTF-8"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.setProperty("file.channel", mail.fileChannel().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        out.setProperty("password.channel", mail.passwordChannel().name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        d.templateFolder().ifPresent(folder -> out.setProperty("template.folder", relative(workspace, folder))); //$NON-NLS-1$
        d.fileNameTemplate().ifPresent(template -> out.setProperty("file.name.template", template)); //$NON-NLS-1$
        Path file = workspace.resolve(FILE_NAME);
        try {
            StringWriter text = new StringWriter();
            out.store(text, "CertDesk mail settings (the SMTP password is kept encrypted in the workspace)"); //$NON-NLS-1$
            DurableFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8), WriteMode.REPLACE);
        } catch (IOException e) {
            throw new DeliveryException(ErrorCode.STORE_CANNOT_WRITE, file.toString(), e.getMessage(), e);
        }
    }

    private static String relative(Path workspace, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path base = workspace.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    /** A roster row's channel value ({@code mail}, {@code handout}, {@code shared-folder}...) as a password channel. */
    public static Optional<DeliveryChannel> rowChannel(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "mail", "email" -> DeliveryChannel.MAIL; //$NON-NLS-1$ //$NON-NLS-2$
            case "handout" -> DeliveryChannel.HANDOUT; //$NON-NLS-1$
            default -> DeliveryChannel.MANUAL;
        });
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
