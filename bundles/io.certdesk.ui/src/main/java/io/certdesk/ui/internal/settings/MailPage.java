package io.certdesk.ui.internal.settings;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.MailCharset;
import io.certdesk.delivery.SmtpSecurity;
import io.certdesk.delivery.SmtpSettings;
import io.certdesk.jobs.MailConfiguration;
import io.certdesk.jobs.SettingsRules;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The Mail server page: SMTP server, security, sender, charset, rate and password mail delay, with Send a test mail.
 * Optional: its fields are only checked once mail is configured (or a server typed).
 */
final class MailPage {

    private static final List<String> IDS = List.of("smtpHost", "smtpPort", "smtpUser", "from", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "replyTo", "bcc", "rate", "delay", "testTo"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private final Fields fields;
    private final Optional<MailConfiguration> loaded;
    private final Combo security;
    private final Combo charset;
    final CheckButton test;

    MailPage(Composite page, Fields fields, Optional<MailConfiguration> loaded, boolean passwordStored, String where,
            ISchedulingRule rule, Supplier<CheckButton.Check> mailCheck, Runnable changed) {
        this.fields = fields;
        this.loaded = loaded;
        Optional<DeliverySettings> mail = loaded.map(MailConfiguration::settings);
        Function<Function<String, Optional<String>>, Function<String, Optional<String>>> ifMail = r -> v -> configured()
                ? r.apply(v) : Optional.empty();
        fields.add("smtpHost", page, Messages.smtpHost, SWT.SINGLE, mail.map(m -> m.smtp().host()).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.host(v, true))).text.setMessage(Messages.mailOptional);
        fields.add("smtpPort", page, Messages.smtpPort, SWT.SINGLE, Integer.toString(mail.map(m -> m.smtp().port()).orElse(587)), //$NON-NLS-1$
                ifMail.apply(SettingsRules::port));
        new Label(page, SWT.NONE).setText(Messages.security);
        security = Combos.add(page, List.of(Messages.securitySmtps, Messages.securityStarttls, Messages.securityLoopback),
                mail.map(m -> m.smtp().security().ordinal()).orElse(SmtpSecurity.STARTTLS_REQUIRED.ordinal()), changed);
        fields.add("smtpUser", page, Messages.user, SWT.SINGLE, mail.map(m -> m.smtp().user()).orElse(""), ifMail.apply(SettingsRules::user)); //$NON-NLS-1$ //$NON-NLS-2$
        fields.add("smtpPassword", page, Messages.password, SWT.SINGLE | SWT.PASSWORD, "", v -> Optional.empty()) //$NON-NLS-1$ //$NON-NLS-2$
                .text.setMessage(passwordStored ? Messages.passwordStored : Messages.passwordNone);
        fields.add("from", page, Messages.from, SWT.SINGLE, mail.map(DeliverySettings::from).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.mailAddress(v, true)));
        fields.add("replyTo", page, Messages.replyTo, SWT.SINGLE, mail.map(DeliverySettings::replyTo).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.mailAddress(v, false)));
        fields.add("bcc", page, Messages.bcc, SWT.SINGLE, mail.map(DeliverySettings::bcc).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.mailAddress(v, false)));
        new Label(page, SWT.NONE).setText(Messages.charset);
        charset = Combos.add(page, List.of("UTF-8", "ISO-2022-JP"), mail.map(m -> m.charset().ordinal()).orElse(0), changed); //$NON-NLS-1$ //$NON-NLS-2$
        fields.add("rate", page, Messages.rate, SWT.SINGLE, //$NON-NLS-1$
                Integer.toString(mail.map(DeliverySettings::ratePerMinute).orElse(DeliverySettings.DEFAULT_RATE_PER_MINUTE)),
                ifMail.apply(SettingsRules::ratePerMinute));
        fields.add("delay", page, Messages.delay, SWT.SINGLE, //$NON-NLS-1$
                Long.toString(mail.map(m -> m.passwordMailDelay().toMinutes()).orElse(5L)), ifMail.apply(SettingsRules::passwordDelayMinutes));
        fields.add("testTo", page, Messages.testMailTo, SWT.SINGLE, mail.map(DeliverySettings::from).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.mailAddress(v, false)));
        test = new CheckButton(page, Messages.sendTestMail, where, rule, mailCheck);
    }

    /** Whether mail is configured already or a server has been typed. */
    boolean configured() {
        Field host = fields.get("smtpHost"); //$NON-NLS-1$
        return loaded.isPresent() || host != null && !host.value().isEmpty();
    }

    /** Whether mail is configured and none of the wrong fields is one of this page's. */
    boolean right(Set<String> wrong) {
        return configured() && wrong.stream().noneMatch(IDS::contains);
    }

    /** The address a test mail goes to: the typed one, else the sender. */
    String testRecipient(MailConfiguration mail) {
        String typed = fields.value("testTo"); //$NON-NLS-1$
        return typed.isEmpty() ? mail.settings().from() : typed;
    }

    /** The mail settings as the fields say, keeping what the page does not show from the loaded ones. */
    MailConfiguration configuration() {
        Optional<DeliverySettings> old = loaded.map(MailConfiguration::settings);
        SmtpSettings smtp = new SmtpSettings(fields.value("smtpHost"), fields.number("smtpPort"), //$NON-NLS-1$ //$NON-NLS-2$
                SmtpSecurity.values()[security.getSelectionIndex()], fields.value("smtpUser"), null, //$NON-NLS-1$
                old.map(o -> o.smtp().extraTrustedCertificates()).orElse(List.of()),
                old.map(o -> o.smtp().timeout()).orElse(Duration.ofSeconds(30)));
        DeliverySettings.Builder builder = DeliverySettings.builder(smtp, fields.value("from")) //$NON-NLS-1$
                .replyTo(fields.value("replyTo")).bcc(fields.value("bcc")) //$NON-NLS-1$ //$NON-NLS-2$
                .ratePerMinute(fields.number("rate")).passwordMailDelay(Duration.ofMinutes(fields.number("delay"))) //$NON-NLS-1$ //$NON-NLS-2$
                .charset(MailCharset.values()[charset.getSelectionIndex()]);
        old.ifPresent(o -> {
            builder.fromName(o.fromName()).adminContact(o.adminContact()).allowSameMailbox(o.allowSameMailbox())
                    .locale(o.locale()).maxAttempts(o.maxAttempts()).retryBackoff(o.retryBackoff());
            o.templateFolder().ifPresent(builder::templateFolder);
            o.fileNameTemplate().ifPresent(builder::fileNameTemplate);
        });
        return new MailConfiguration(builder.build(),
                loaded.map(MailConfiguration::fileChannel).orElse(DeliveryChannel.MAIL),
                loaded.map(MailConfiguration::passwordChannel).orElse(DeliveryChannel.MAIL));
    }
}
