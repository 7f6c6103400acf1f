package io.certdesk.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.delivery.DeliveryReport;
import io.certdesk.delivery.TemplateFinding;

/**
 * What {@link JobService#deliver} did.
 *
 * @param templateFindings problems of the mail templates; when there are any, nothing was delivered
 * @param report           the settled parts (empty when the templates have problems)
 * @param settledEntries   entries that moved to DELIVERED and DONE because both parts were handed over
 * @param outbox           the workspace outbox (where a dry run wrote its messages)
 */
public record DeliverySummary(List<TemplateFinding> templateFindings, Optional<DeliveryReport> report, int settledEntries,
        Path outbox) {

    public DeliverySummary {
        templateFindings = List.copyOf(templateFindings);
        Objects.requireNonNull(report, "report"); //$NON-NLS-1$
        Objects.requireNonNull(outbox, "outbox"); //$NON-NLS-1$
    }

    /** Whether every part went well (templates fine, no failure, nothing held or unknown). */
    public boolean clean() {
        return templateFindings.isEmpty() && report.map(r -> !r.hasProblems()).orElse(Boolean.FALSE).booleanValue();
    }
}
