package io.certdesk.delivery.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryOptions;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.PreflightFinding;
import io.certdesk.delivery.TemplateFinding;
import org.eclipse.osgi.util.NLS;

/**
 * The checks a batch's delivery can make before anything is downloaded or sent, with the same rules the batch
 * applies later: the settings (sender, SMTP server when mail is used), the templates, and per row the addresses of
 * the parts that go by mail, the "never the same mailbox" rule and unsafe characters. Rows with the same problem
 * become one finding that counts and names them. Nothing is read from attachments or password sources.
 */
public final class PreflightChecks {

    private static final int NAMED_ROWS = 10;

    private final DeliverySettings settings;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<PreflightFinding> findings = new ArrayList<>();

    public PreflightChecks(DeliverySettings settings) {
        this.settings = settings;
    }

    /** Everything that would stop the delivery of {@code items} with {@code options}; empty when it can work. */
    public List<PreflightFinding> check(List<DeliveryItem> items, DeliveryOptions options,
            SettingsCheck smtp, List<TemplateFinding> templates) {
        boolean mail = items.stream().anyMatch(i -> usesMail(i, options));
        if (!mail) {
            return List.of();
        }
        settingsProblem(() -> Addresses.parse(settings.from(), "From", Messages.settingsLabel), //$NON-NLS-1$
                settings.from().isBlank() ? Messages.preflightNoFrom : null, Messages.preflightFixFrom);
        if (!options.dryRun()) {
            settingsProblem(smtp::check, null, Messages.preflightFixSmtp);
        }
        if (!templates.isEmpty()) {
            findings.add(new PreflightFinding(ErrorCode.DELIVERY_TEMPLATE_INVALID,
                    templates.stream().map(TemplateFinding::toString).collect(Collectors.joining("; ")), //$NON-NLS-1$
                    Messages.preflightFixTemplates, List.of()));
        }
        for (DeliveryItem item : items) {
            checkItem(item, options);
        }
        for (Group group : groups.values()) {
            findings.add(new PreflightFinding(group.code, NLS.bind(group.problem, Integer.toString(group.labels.size()),
                    named(group.labels)), group.fix, group.labels));
        }
        return List.copyOf(findings);
    }

    /** The settings check that needs no network (DeliveryEngine#checkSettings). */
    @FunctionalInterface
    public interface SettingsCheck {
        void check() throws DeliveryException;
    }

    private static boolean usesMail(DeliveryItem item, DeliveryOptions options) {
        return options.parts().contains(DeliveryPart.FILE) && item.fileChannel() == DeliveryChannel.MAIL
                || options.parts().contains(DeliveryPart.PASSWORD) && item.passwordChannel() == DeliveryChannel.MAIL;
    }

    private void settingsProblem(SettingsCheck check, String missing, String fix) {
        if (missing != null) {
            findings.add(new PreflightFinding(ErrorCode.DELIVERY_SETTINGS_INVALID, missing, fix, List.of()));
            return;
        }
        try {
            check.check();
        } catch (DeliveryException e) {
            findings.add(new PreflightFinding(e.code(), e.detail().orElse(e.code().message()), fix, List.of()));
        }
    }

    private void checkItem(DeliveryItem item, DeliveryOptions options) {
        boolean fileByMail = options.parts().contains(DeliveryPart.FILE) && item.fileChannel() == DeliveryChannel.MAIL;
        boolean passwordByMail = options.parts().contains(DeliveryPart.PASSWORD)
                && item.passwordChannel() == DeliveryChannel.MAIL;
        if (fileByMail || passwordByMail) {
            if (HeaderGuard.findUnsafe(item.name()) >= 0) {
                add("unsafe", ErrorCode.DELIVERY_UNSAFE_FIELD, Messages.preflightUnsafeName, Messages.preflightFixUnsafe, item);
            }
        }
        if (fileByMail && !valid(item.email())) {
            add("email", ErrorCode.DELIVERY_ADDRESS_INVALID, item.email().isBlank() ? Messages.preflightNoEmail //$NON-NLS-1$
                    : Messages.preflightBadEmail, Messages.preflightFixEmail, item);
        }
        if (!passwordByMail) {
            return;
        }
        if (!valid(item.passwordRecipient())) {
            add("recipient", ErrorCode.DELIVERY_ADDRESS_INVALID, item.passwordRecipient().isBlank() //$NON-NLS-1$
                    ? Messages.preflightNoRecipient : Messages.preflightBadRecipient, Messages.preflightFixRecipient, item);
            return;
        }
        if (item.fileChannel() == DeliveryChannel.MAIL && !settings.allowSameMailbox()) {
            if (Addresses.sameMailbox(item.email(), item.passwordRecipient())) {
                add("same", ErrorCode.DELIVERY_SAME_MAILBOX, Messages.preflightSameMailbox, Messages.preflightFixSame, item); //$NON-NLS-1$
            } else if (!settings.bcc().isBlank() && Addresses.sameMailbox(settings.bcc(), item.passwordRecipient())) {
                add("bcc", ErrorCode.DELIVERY_SAME_MAILBOX, Messages.preflightSameAsBcc, Messages.preflightFixSame, item); //$NON-NLS-1$
            }
        }
    }

    private static boolean valid(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            Addresses.parse(address, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
            return true;
        } catch (DeliveryException e) {
            return false;
        }
    }

    private void add(String key, ErrorCode code, String problem, String fix, DeliveryItem item) {
        groups.computeIfAbsent(key + '|' + problem, k -> new Group(code, problem, fix)).labels.add(item.label());
    }

    private static String named(List<String> labels) {
        String shown = labels.stream().limit(NAMED_ROWS).collect(Collectors.joining(", ")); //$NON-NLS-1$
        return labels.size() > NAMED_ROWS ? shown + ", \u2026" : shown; //$NON-NLS-1$
    }

    private static final class Group {
        final ErrorCode code;
        final String problem;
        final String fix;
        final List<String> labels = new ArrayList<>();

        Group(ErrorCode code, String problem, String fix) {
            this.code = code;
            this.problem = problem;
            this.fix = fix;
        }
    }
}
