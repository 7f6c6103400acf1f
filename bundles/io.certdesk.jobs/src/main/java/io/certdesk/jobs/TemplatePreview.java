package io.certdesk.jobs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.certdesk.delivery.MailPreview;
import io.certdesk.delivery.TemplateFinding;

/**
 * Edited mail templates checked and rendered on a real entry, nothing saved ({@link JobService#previewMailTemplates}).
 *
 * @param findings what is wrong in the templates of the language, each at its line (empty when all is well)
 * @param preview  the entry's mail rendered with the edited templates (the password masked); empty when a finding or
 *                 the entry prevents it
 * @param problem  why there is no preview when it is not a finding (for example: the entry has no certificate yet)
 */
public record TemplatePreview(List<TemplateFinding> findings, Optional<MailPreview> preview, Optional<String> problem) {

    public TemplatePreview {
        findings = List.copyOf(findings);
        Objects.requireNonNull(preview, "preview"); //$NON-NLS-1$
        Objects.requireNonNull(problem, "problem"); //$NON-NLS-1$
    }
}
