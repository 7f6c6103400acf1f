package io.certdesk.ui.internal.settings;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.PasswordPolicy.CharacterClass;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.MailConfiguration;
import io.certdesk.jobs.PortalSettings;
import io.certdesk.jobs.SettingsRules;
import io.certdesk.jobs.WorkspaceConfiguration;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; Workspace Settings: the workspace's configuration in one dialog with four pages (portal, proxy, mail
 * server, passwords and export; mail templates when mail is configured), read from and saved through the job service.
 * The pages ({@link PortalPage}, {@link ProxyPage}, {@link MailPage}, {@link PasswordsPage}, {@link TemplatesPage})
 * build their controls; this dialog assembles them, checks every field as it is typed with the job service's
 * {@link SettingsRules} (a wrong one is marked with an error icon and named with what is wrong in the message line),
 * keeps OK disabled until all are right and saves. The Test buttons run their checks in jobs.
 */
public final class SettingsDialog extends TitleAreaDialog {

    private final WorkspaceModel model;
    private final JobService jobs;
    private final WorkspaceSession session;
    private final Fields fields = new Fields();
    private WorkspaceConfiguration loaded;
    private TabFolder tabs;
    private PortalPage portal;
    private ProxyPage proxy;
    private MailPage mail;
    private PasswordsPage passwords;
    private TemplatesPage templates;

    public SettingsDialog(Shell parent, WorkspaceModel model) {
        super(parent);
        this.model = model;
        this.jobs = model.jobs();
        this.session = model.session().orElseThrow();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.title);
        setMessage(NLS.bind(Messages.message, session.folder()));
        try {
            loaded = underRule(() -> jobs.configuration(session));
        } catch (JobException e) {
            setErrorMessage(NLS.bind(Messages.loadFailed, e.getMessage()));
            return area;
        }
        tabs = new TabFolder(area, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        String where = session.folder().toString();
        portal = new PortalPage(page(Messages.tabPortal), fields, PortalSettings.of(loaded.portal()), where, model.rule(),
                this::connectionCheck);
        proxy = new ProxyPage(page(Messages.tabProxy), fields, loaded.settings().proxy(), loaded.proxyPasswordStored(), where,
                model.rule(), this::connectionCheck, this::validate);
        mail = new MailPage(page(Messages.tabMail), fields, loaded.mail(), loaded.smtpPasswordStored(), where, model.rule(),
                this::mailCheck, this::validate);
        passwords = new PasswordsPage(page(Messages.tabPasswords), fields, loaded.settings(), this::validate);
        if (loaded.mail().isPresent()) {
            try {
                Map<String, String> texts = underRule(() -> jobs.mailTemplates(session));
                Optional<io.certdesk.workspace.Entry> entry = model.status().flatMap(s -> s.entries().stream()
                        .filter(e -> e.certificate().isPresent()).findFirst());
                templates = new TemplatesPage(page(Messages.tabTemplates), jobs, session, model.rule(), texts, entry,
                        this::validate);
            } catch (JobException e) {
                setErrorMessage(NLS.bind(Messages.loadFailed, e.getMessage()));
            }
        }
        fields.all().values().forEach(f -> f.text.addListener(SWT.Modify, e -> validate()));
        return area;
    }

    private Composite page(String title) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        item.setControl(page);
        return page;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** Checks every field; marks the wrong ones, names the first in the message line, enables OK and the tests. */
    private void validate() {
        if (tabs == null || passwords == null) {
            return; // still being built
        }
        Optional<String> first = Optional.empty();
        Set<String> wrong = new HashSet<>();
        for (Map.Entry<String, Field> entry : fields.all().entrySet()) {
            Optional<String> problem = entry.getValue().check();
            if (problem.isPresent()) {
                wrong.add(entry.getKey());
                if (first.isEmpty()) {
                    first = Optional.of(NLS.bind(Messages.problem, entry.getValue().name, problem.get()));
                }
            }
        }
        Optional<String> noClasses = passwords.classesProblem();
        if (noClasses.isPresent()) {
            wrong.add("classes"); //$NON-NLS-1$
            first = first.or(() -> Optional.of(NLS.bind(Messages.problem, Field.plain(Messages.classes), noClasses.get())));
        }
        Optional<String> template = templates == null ? Optional.empty() : templates.problem();
        if (template.isPresent()) {
            wrong.add("templates"); //$NON-NLS-1$
            first = first.or(() -> template);
        }
        setErrorMessage(first.orElse(null));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(wrong.isEmpty());
        }
        boolean portalRight = PortalPage.right(wrong);
        portal.test.button.setEnabled(portalRight);
        proxy.test.button.setEnabled(portalRight);
        mail.test.button.setEnabled(mail.right(wrong));
        passwords.showSample(!wrong.contains("length") && noClasses.isEmpty()); //$NON-NLS-1$
    }

    private CheckButton.Check connectionCheck() {
        PortalSettings portalSettings = portal.settings();
        ProxySettings proxySettings = proxy.settings();
        return () -> {
            try (ProxySettings through = proxySettings) {
                return jobs.testConnection(session, portalSettings, through);
            }
        };
    }

    private CheckButton.Check mailCheck() {
        MailConfiguration configuration = mail.configuration();
        char[] password = fields.get("smtpPassword").text.getTextChars(); //$NON-NLS-1$
        String to = mail.testRecipient(configuration);
        return () -> {
            try {
                return jobs.sendTestMail(session, configuration, password, to);
            } finally {
                Arrays.fill(password, '\0');
            }
        };
    }

    @Override
    protected void okPressed() {
        try {
            underRule(() -> {
                save();
                return null;
            });
        } catch (JobException e) {
            setErrorMessage(NLS.bind(Messages.saveFailed, e.getMessage()));
            return;
        }
        model.refresh();
        super.okPressed();
    }

    /** Saves through the job service: the portal part (when changed), the settings, the mail settings and passwords. */
    private void save() throws JobException {
        PortalSettings portalSettings = portal.settings();
        if (!portalSettings.equals(PortalSettings.of(loaded.portal()))) {
            jobs.configurePortal(session, portalSettings);
        }
        WorkspaceSettings current = jobs.configuration(session).settings();
        try (ProxySettings proxySettings = proxy.settings()) {
            jobs.configure(session, passwords.applyTo(current).withProxy(proxySettings));
        }
        store(fields.get("proxyPassword"), jobs::storeProxyPassword); //$NON-NLS-1$
        if (mail.configured()) {
            jobs.configureMail(session, mail.configuration());
            store(fields.get("smtpPassword"), jobs::storeSmtpPassword); //$NON-NLS-1$
            if (templates != null && templates.changed()) {
                jobs.configureMailTemplates(session, templates.edited());
            }
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T call() throws JobException;
    }

    /** Reads or saves under the workspace's scheduling rule: never while a job of the workspace is at it. */
    private <T> T underRule(Call<T> call) throws JobException {
        org.eclipse.core.runtime.jobs.IJobManager manager = org.eclipse.core.runtime.jobs.Job.getJobManager();
        manager.beginRule(model.rule(), null);
        try {
            return call.call();
        } finally {
            manager.endRule(model.rule());
        }
    }

    @FunctionalInterface
    private interface Store {
        void store(WorkspaceSession session, char[] password) throws JobException;
    }

    private void store(Field field, Store store) throws JobException {
        char[] typed = field.text.getTextChars();
        try {
            if (typed.length > 0) {
                store.store(session, typed);
            }
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    // for tests and screen readers' walks: the controls by their ids

    /** The text box of a field ("baseUrl", "proxyHost", "smtpPort", "length", "renewalDays"...). */
    public Text text(String id) {
        return fields.get(id).text;
    }

    /** Whether the field is marked wrong (its error decoration is shown). */
    public boolean marked(String id) {
        return fields.get(id).decorated();
    }

    public TabFolder tabs() {
        return tabs;
    }

    public Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** The message line's error text; empty when every field is right. */
    public String problem() {
        return Optional.ofNullable(getErrorMessage()).orElse(""); //$NON-NLS-1$
    }

    public Label sample() {
        return passwords.sample;
    }

    public Button proxyManual() {
        return proxy.manual;
    }

    public Button classBox(CharacterClass c) {
        return passwords.classes.get(c);
    }

    /** The check buttons: "connection", "proxy", "mail". */
    public Button checkButton(String which) {
        return check(which).button;
    }

    /** The result box of a check button. */
    public Text checkResult(String which) {
        return check(which).result;
    }

    /** The job of the last check run by that button, if any. */
    public Optional<org.eclipse.core.runtime.jobs.Job> checkJob(String which) {
        return Optional.ofNullable(check(which).running());
    }

    /** The editor of the Mail templates page (absent without mail settings). */
    public Text templateEditor() {
        return templates.editor;
    }

    /** The template chooser: file mail ja, en, password mail ja, en. */
    public Combo templateChooser() {
        return templates.which;
    }

    /** The problems listed under the template editor, "file line N: message". */
    public org.eclipse.swt.widgets.List templateProblems() {
        return templates.findings;
    }

    /** The preview of the mail on a real entry. */
    public Text templatePreview() {
        return templates.preview;
    }

    /** The last check of the templates, if one ran. */
    public Optional<org.eclipse.core.runtime.jobs.Job> templateJob() {
        return templates.running();
    }

    private CheckButton check(String which) {
        return switch (which) {
            case "connection" -> portal.test; //$NON-NLS-1$
            case "proxy" -> proxy.test; //$NON-NLS-1$
            default -> mail.test;
        };
    }
}
