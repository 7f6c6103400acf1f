package io.certdesk.ui.internal.settings;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.MailPreview;
import io.certdesk.delivery.TemplateFinding;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.TemplatePreview;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.Entry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The Mail templates page: the file and password mails in Japanese and English, edited as text; each change is
 * checked and rendered on a real entry of the workspace in a job (never on the UI thread), the problems listed with
 * their line (select one to go there) and the mail shown as the user would get it, the password masked.
 */
final class TemplatesPage {

    private final JobService jobs;
    private final WorkspaceSession session;
    private final ISchedulingRule rule;
    private final Map<String, String> loaded;
    private final Map<String, String> edited;
    private final OptionalLong entryId;
    private final Runnable changed;
    private final Map<String, List<TemplateFinding>> findingsByLanguage = new HashMap<>();
    final Combo which;
    final Text editor;
    final org.eclipse.swt.widgets.List findings;
    final Text preview;
    private boolean setting;
    private int generation;
    private volatile Job running;

    TemplatesPage(Composite page, JobService jobs, WorkspaceSession session, ISchedulingRule rule, Map<String, String> loaded,
            Optional<Entry> entry, Runnable changed) {
        this.jobs = jobs;
        this.session = session;
        this.rule = rule;
        this.loaded = Map.copyOf(loaded);
        this.edited = new LinkedHashMap<>(loaded);
        this.entryId = entry.map(e -> OptionalLong.of(e.id())).orElse(OptionalLong.empty());
        this.changed = changed;
        page.setLayout(new GridLayout(2, false));
        new Label(page, SWT.NONE).setText(Messages.template);
        which = new Combo(page, SWT.READ_ONLY);
        List.of(Messages.templateFileJa, Messages.templateFileEn, Messages.templatePasswordJa, Messages.templatePasswordEn)
                .forEach(which::add);
        which.select(0);
        editor = new Text(page, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData editorData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        editorData.heightHint = 150;
        editor.setLayoutData(editorData);
        new Label(page, SWT.NONE).setText(Messages.templateProblems);
        findings = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData findingsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        findingsData.heightHint = 40;
        findings.setLayoutData(findingsData);
        Label previewLabel = new Label(page, SWT.NONE);
        previewLabel.setText(entry.map(e -> NLS.bind(Messages.templatePreviewFor, e.certificateNumber()))
                .orElse(Messages.templatePreview));
        previewLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        preview = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
        GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        previewData.heightHint = 150;
        preview.setLayoutData(previewData);
        which.addListener(SWT.Selection, e -> show());
        editor.addListener(SWT.Modify, e -> {
            if (!setting) {
                edited.put(file(), editor.getText());
                schedule();
            }
        });
        findings.addListener(SWT.Selection, e -> goToLine());
        show();
    }

    /** The template file shown: file-mail.ja.txt, file-mail.en.txt, password-mail.ja.txt or password-mail.en.txt. */
    String file() {
        return JobService.MAIL_TEMPLATES.get(Math.max(0, which.getSelectionIndex()));
    }

    private static String language(String file) {
        return file.contains(".ja.") ? "ja" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void show() {
        setting = true;
        try {
            editor.setText(edited.get(file()));
        } finally {
            setting = false;
        }
        schedule();
    }

    private void schedule() {
        int mine = ++generation;
        editor.getDisplay().timerExec(300, () -> {
            if (mine == generation && !editor.isDisposed()) {
                check(mine);
            }
        });
    }

    private void check(int mine) {
        String file = file();
        Map<String, String> texts = Map.copyOf(edited);
        DeliveryPart part = file.startsWith("password") ? DeliveryPart.PASSWORD : DeliveryPart.FILE; //$NON-NLS-1$
        Locale locale = "ja".equals(language(file)) ? Locale.JAPANESE : Locale.ENGLISH; //$NON-NLS-1$
        preview.setText(Messages.testing);
        Job job = new Job(Messages.jobTemplates) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                TemplatePreview result;
                try {
                    result = jobs.previewMailTemplates(session, texts, entryId, part, locale);
                } catch (JobException e) {
                    result = new TemplatePreview(List.of(), Optional.empty(), Optional.of(e.getMessage()));
                }
                TemplatePreview shown = result;
                if (!preview.isDisposed()) {
                    preview.getDisplay().asyncExec(() -> {
                        if (!preview.isDisposed() && mine == generation) {
                            showResult(file, shown);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(rule);
        job.setSystem(true);
        running = job;
        job.schedule();
    }

    private void showResult(String file, TemplatePreview result) {
        findingsByLanguage.put(language(file), result.findings());
        findings.removeAll();
        for (TemplateFinding finding : result.findings()) {
            findings.add(line(finding));
        }
        preview.setText(result.preview().map(TemplatesPage::render).orElseGet(() -> result.problem()
                .orElse(result.findings().isEmpty() ? "" : Messages.templateFixFirst))); //$NON-NLS-1$
        changed.run();
    }

    private static String line(TemplateFinding finding) {
        return NLS.bind(Messages.templateFinding, new Object[] { finding.template(), Integer.toString(finding.line()),
                finding.message() });
    }

    private static String render(MailPreview mail) {
        return NLS.bind(Messages.templateRendered, new Object[] { mail.from(), mail.to(), mail.subject(), mail.body() });
    }

    private void goToLine() {
        int index = findings.getSelectionIndex();
        List<TemplateFinding> shown = findingsByLanguage.getOrDefault(language(file()), List.of());
        if (index < 0 || index >= shown.size()) {
            return;
        }
        TemplateFinding finding = shown.get(index);
        if (!finding.template().equals(file())) {
            which.select(JobService.MAIL_TEMPLATES.indexOf(finding.template()));
            show();
        }
        String text = editor.getText();
        int start = 0;
        for (int line = 1; line < finding.line() && start >= 0; line++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                start = text.length();
                break;
            }
        }
        int end = text.indexOf('\n', start);
        editor.setSelection(start, end < 0 ? text.length() : end);
        editor.setFocus();
    }

    /** The first problem of any language checked so far, as the message line says it. */
    Optional<String> problem() {
        return findingsByLanguage.values().stream().flatMap(List::stream).findFirst().map(TemplatesPage::line);
    }

    boolean changed() {
        return !edited.equals(loaded);
    }

    Map<String, String> edited() {
        return Map.copyOf(edited);
    }

    Optional<Job> running() {
        return Optional.ofNullable(running);
    }
}
