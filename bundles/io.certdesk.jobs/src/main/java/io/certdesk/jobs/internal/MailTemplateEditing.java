package io.certdesk.jobs.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.delivery.DeliveryEngine;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.MailPreview;
import io.certdesk.delivery.TemplateFinding;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.MailConfiguration;
import io.certdesk.jobs.TemplatePreview;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceException;

/**
 * The mail templates as the settings dialog edits them: the file and password mails in Japanese and English, read
 * from the workspace's template folder (else the defaults), checked and rendered on a real entry from a temporary
 * folder without saving, and saved into the workspace's {@value #FOLDER} folder named in the mail settings.
 */
final class MailTemplateEditing {

    /** The workspace's own template folder. */
    static final String FOLDER = "templates"; //$NON-NLS-1$

    private MailTemplateEditing() {
    }

    private static Optional<Path> folder(Workspace workspace) throws DeliveryException {
        return MailSettingsFile.exists(workspace.folder())
                ? MailSettingsFile.load(workspace.folder()).settings(Optional.empty()).templateFolder()
                : Optional.empty();
    }

    private static List<String> allFiles() {
        return Stream.concat(DeliveryEngine.templateFiles("ja").stream(), DeliveryEngine.templateFiles("en").stream()) //$NON-NLS-1$ //$NON-NLS-2$
                .toList();
    }

    /** The editable texts: file and password mail, Japanese and English. */
    static Map<String, String> read(Workspace workspace) throws JobException {
        try {
            Optional<Path> folder = folder(workspace);
            Map<String, String> texts = new LinkedHashMap<>();
            for (String file : JobService.MAIL_TEMPLATES) {
                texts.put(file, DeliveryEngine.templateText(folder, file));
            }
            return texts;
        } catch (DeliveryException e) {
            throw Failures.of(e);
        }
    }

    /** Writes every template file (the edited ones over the current ones) into {@code target}. */
    private static void write(Workspace workspace, Map<String, String> edited, Path target) throws DeliveryException, IOException {
        Optional<Path> current = folder(workspace);
        for (String file : allFiles()) {
            if (!JobService.MAIL_TEMPLATES.contains(file) && current.isEmpty()) {
                continue; // the default applies
            }
            String text = edited.containsKey(file) ? edited.get(file) : DeliveryEngine.templateText(current, file);
            Files.writeString(target.resolve(file), text, StandardCharsets.UTF_8);
        }
    }

    static TemplatePreview preview(Workspace workspace, Map<String, String> edited, java.util.OptionalLong entryId, DeliveryPart part,
            Locale language) throws JobException {
        Path temporary = null;
        WorkspaceDelivery delivery = null;
        try {
            temporary = OwnerOnly.directory(Files.createTempDirectory("certdesk-templates")); //$NON-NLS-1$
            write(workspace, edited, temporary);
            delivery = WorkspaceDelivery.on(workspace);
            DeliverySettings settings = SettingsChecks.rebuild(delivery.settings(), delivery.settings().smtp())
                    .templateFolder(temporary).locale(language).build();
            DeliveryEngine engine = new DeliveryEngine(settings, delivery.ledger(), delivery.audit());
            List<TemplateFinding> findings = engine.checkTemplates();
            if (!findings.isEmpty()) {
                return new TemplatePreview(findings, Optional.empty(), Optional.empty());
            }
            if (entryId.isEmpty()) {
                return new TemplatePreview(findings, Optional.empty(), Optional.of(Messages.templateNoCertificate));
            }
            Entry entry = workspace.entry(entryId.getAsLong());
            Optional<DeliveryItem> item = delivery.item(entry);
            if (item.isEmpty()) {
                return new TemplatePreview(findings, Optional.empty(), Optional.of(Messages.templateNoCertificate));
            }
            try {
                MailPreview preview = engine.preview(item.get(), part);
                return new TemplatePreview(findings, Optional.of(preview), Optional.empty());
            } catch (DeliveryException e) {
                return new TemplatePreview(findings, Optional.empty(), Optional.of(e.getMessage()));
            }
        } catch (DeliveryException e) {
            throw Failures.of(e);
        } catch (WorkspaceException e) {
            throw Failures.of(e);
        } catch (IOException e) {
            throw new JobException(ErrorCode.DELIVERY_TEMPLATE_INVALID, e.getMessage(), e);
        } finally {
            if (delivery != null) {
                delivery.release();
            }
            delete(temporary);
        }
    }

    /** Saves the templates into the workspace's template folder and names it in the mail settings. */
    static void save(Workspace workspace, Map<String, String> edited) throws JobException {
        try {
            if (!MailSettingsFile.exists(workspace.folder())) {
                throw new JobException(ErrorCode.DELIVERY_SETTINGS_INVALID, Messages.templateNoMailSettings, null);
            }
            Path target = OwnerOnly.directories(workspace.folder().resolve(FOLDER));
            write(workspace, edited, target);
            MailConfiguration mail = MailSettingsFile.load(workspace.folder()).configuration();
            DeliverySettings settings = SettingsChecks.rebuild(mail.settings(), mail.settings().smtp())
                    .templateFolder(target).build();
            WorkspaceConfigurations.writeMail(workspace,
                    new MailConfiguration(settings, mail.fileChannel(), mail.passwordChannel()));
        } catch (DeliveryException e) {
            throw Failures.of(e);
        } catch (IOException e) {
            throw new JobException(ErrorCode.DELIVERY_TEMPLATE_INVALID, e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder of templates (no secret in it) stays behind
        }
    }
}
