package io.certdesk.ui.internal.settings;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.core.secrets.Secret;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.PasswordGenerator;
import io.certdesk.crypto.PasswordPolicy;
import io.certdesk.crypto.PasswordPolicy.CharacterClass;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.delivery.DeliverySettings;
import io.certdesk.delivery.MailCharset;
import io.certdesk.delivery.SmtpSecurity;
import io.certdesk.delivery.SmtpSettings;
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
 * server, passwords and export), read from and saved through the job service. Every field is checked as it is typed
 * with the job service's {@link SettingsRules}; a wrong one is marked with an error icon and named with what is wrong
 * in the message line, and OK stays disabled until all are right. The Test buttons run their checks in jobs.
 */
public final class SettingsDialog extends TitleAreaDialog {

    private final WorkspaceModel model;
    private final JobService jobs;
    private final WorkspaceSession session;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private WorkspaceConfiguration loaded;
    private TabFolder tabs;
    private Button proxyNone;
    private Button proxySystem;
    private Button proxyManual;
    private Combo security;
    private Combo charset;
    private Combo profile;
    private final Map<CharacterClass, Button> classes = new LinkedHashMap<>();
    private Label sample;
    private CheckButton testConnection;
    private CheckButton testProxy;
    private CheckButton testMail;
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
        portalPage(page(Messages.tabPortal));
        proxyPage(page(Messages.tabProxy));
        mailPage(page(Messages.tabMail));
        passwordsPage(page(Messages.tabPasswords));
        if (loaded.mail().isPresent()) {
            try {
                Map<String, String> texts = underRule(() -> jobs.mailTemplates(session));
                java.util.Optional<io.certdesk.workspace.Entry> entry = model.status().flatMap(s -> s.entries().stream()
                        .filter(e -> e.certificate().isPresent()).findFirst());
                templates = new TemplatesPage(page(Messages.tabTemplates), jobs, session, model.rule(), texts, entry,
                        this::validate);
            } catch (JobException e) {
                setErrorMessage(NLS.bind(Messages.loadFailed, e.getMessage()));
            }
        }
        fields.values().forEach(f -> f.text.addListener(SWT.Modify, e -> validate()));
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

    private Field field(String id, Composite page, String label, int style, String value, Function<String, Optional<String>> rule) {
        Field field = Field.add(page, label, style, value, rule);
        fields.put(id, field);
        return field;
    }

    private static String join(List<java.nio.file.Path> files) {
        return files.stream().map(java.nio.file.Path::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    private void portalPage(Composite page) {
        PortalSettings portal = PortalSettings.of(loaded.portal());
        field("baseUrl", page, Messages.baseUrl, SWT.SINGLE, portal.baseUrl().toString(), SettingsRules::baseUrl); //$NON-NLS-1$
        field("tlsCaFiles", page, Messages.tlsCaFiles, SWT.SINGLE, join(portal.tlsCaFiles()), SettingsRules::certificateFiles) //$NON-NLS-1$
                .text.setMessage(Messages.filesHint);
        field("issuerCaFiles", page, Messages.issuerCaFiles, SWT.SINGLE, join(portal.issuerCaFiles()), //$NON-NLS-1$
                SettingsRules::certificateFiles).text.setMessage(Messages.filesHint);
        field("expectedRoot", page, Messages.expectedRoot, SWT.SINGLE, portal.expectedRoot().orElse(""), SettingsRules::expectedRoot); //$NON-NLS-1$ //$NON-NLS-2$
        testConnection = new CheckButton(page, Messages.testConnection, session.folder().toString(), model.rule(),
                this::connectionCheck);
    }

    private void proxyPage(Composite page) {
        ProxySettings proxy = loaded.settings().proxy();
        Composite modes = new Composite(page, SWT.NONE);
        modes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        modes.setLayout(new GridLayout(1, false));
        proxyNone = radio(modes, Messages.proxyNone, proxy.mode() == ProxySettings.Mode.DIRECT);
        proxySystem = radio(modes, Messages.proxySystem, proxy.mode() == ProxySettings.Mode.SYSTEM);
        proxyManual = radio(modes, Messages.proxyManual, proxy.mode() == ProxySettings.Mode.MANUAL);
        field("proxyHost", page, Messages.proxyHost, SWT.SINGLE, proxy.host().orElse(""), v -> SettingsRules.host(v, true)); //$NON-NLS-1$ //$NON-NLS-2$
        field("proxyPort", page, Messages.proxyPort, SWT.SINGLE, //$NON-NLS-1$
                proxy.mode() == ProxySettings.Mode.MANUAL ? Integer.toString(proxy.port()) : "8080", SettingsRules::port); //$NON-NLS-1$
        field("proxyUser", page, Messages.user, SWT.SINGLE, proxy.user().orElse(""), SettingsRules::user); //$NON-NLS-1$ //$NON-NLS-2$
        field("proxyPassword", page, Messages.password, SWT.SINGLE | SWT.PASSWORD, "", v -> Optional.empty()) //$NON-NLS-1$ //$NON-NLS-2$
                .text.setMessage(loaded.proxyPasswordStored() ? Messages.passwordStored : Messages.passwordNone);
        testProxy = new CheckButton(page, Messages.testProxy, session.folder().toString(), model.rule(), this::connectionCheck);
        proxyModeChanged();
    }

    private Button radio(Composite parent, String text, boolean selected) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setSelection(selected);
        button.addListener(SWT.Selection, e -> proxyModeChanged());
        return button;
    }

    private void proxyModeChanged() {
        boolean manual = proxyManual.getSelection();
        fields.get("proxyHost").enable(manual); //$NON-NLS-1$
        fields.get("proxyPort").enable(manual); //$NON-NLS-1$
        fields.get("proxyUser").enable(!proxyNone.getSelection()); //$NON-NLS-1$
        fields.get("proxyPassword").enable(!proxyNone.getSelection()); //$NON-NLS-1$
        validate();
    }

    private void mailPage(Composite page) {
        Optional<DeliverySettings> mail = loaded.mail().map(MailConfiguration::settings);
        Function<Function<String, Optional<String>>, Function<String, Optional<String>>> ifMail = rule -> v -> mailConfigured()
                ? rule.apply(v) : Optional.empty();
        field("smtpHost", page, Messages.smtpHost, SWT.SINGLE, mail.map(m -> m.smtp().host()).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.host(v, true))).text.setMessage(Messages.mailOptional);
        field("smtpPort", page, Messages.smtpPort, SWT.SINGLE, Integer.toString(mail.map(m -> m.smtp().port()).orElse(587)), //$NON-NLS-1$
                ifMail.apply(SettingsRules::port));
        new Label(page, SWT.NONE).setText(Messages.security);
        security = combo(page, List.of(Messages.securitySmtps, Messages.securityStarttls, Messages.securityLoopback),
                mail.map(m -> m.smtp().security().ordinal()).orElse(SmtpSecurity.STARTTLS_REQUIRED.ordinal()));
        field("smtpUser", page, Messages.user, SWT.SINGLE, mail.map(m -> m.smtp().user()).orElse(""), ifMail.apply(SettingsRules::user)); //$NON-NLS-1$ //$NON-NLS-2$
        field("smtpPassword", page, Messages.password, SWT.SINGLE | SWT.PASSWORD, "", v -> Optional.empty()) //$NON-NLS-1$ //$NON-NLS-2$
                .text.setMessage(loaded.smtpPasswordStored() ? Messages.passwordStored : Messages.passwordNone);
        field("from", page, Messages.from, SWT.SINGLE, mail.map(DeliverySettings::from).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.mailAddress(v, true)));
        field("replyTo", page, Messages.replyTo, SWT.SINGLE, mail.map(DeliverySettings::replyTo).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.mailAddress(v, false)));
        field("bcc", page, Messages.bcc, SWT.SINGLE, mail.map(DeliverySettings::bcc).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.mailAddress(v, false)));
        new Label(page, SWT.NONE).setText(Messages.charset);
        charset = combo(page, List.of("UTF-8", "ISO-2022-JP"), mail.map(m -> m.charset().ordinal()).orElse(0)); //$NON-NLS-1$ //$NON-NLS-2$
        field("rate", page, Messages.rate, SWT.SINGLE, //$NON-NLS-1$
                Integer.toString(mail.map(DeliverySettings::ratePerMinute).orElse(DeliverySettings.DEFAULT_RATE_PER_MINUTE)),
                ifMail.apply(SettingsRules::ratePerMinute));
        field("delay", page, Messages.delay, SWT.SINGLE, //$NON-NLS-1$
                Long.toString(mail.map(m -> m.passwordMailDelay().toMinutes()).orElse(5L)), ifMail.apply(SettingsRules::passwordDelayMinutes));
        field("testTo", page, Messages.testMailTo, SWT.SINGLE, mail.map(DeliverySettings::from).orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                ifMail.apply(v -> SettingsRules.mailAddress(v, false)));
        testMail = new CheckButton(page, Messages.sendTestMail, session.folder().toString(), model.rule(), this::mailCheck);
    }

    private Combo combo(Composite page, List<String> items, int selected) {
        Combo combo = new Combo(page, SWT.READ_ONLY);
        items.forEach(combo::add);
        combo.select(selected);
        combo.addListener(SWT.Selection, e -> validate());
        return combo;
    }

    private void passwordsPage(Composite page) {
        WorkspaceSettings settings = loaded.settings();
        field("length", page, Messages.length, SWT.SINGLE, Integer.toString(settings.passwordPolicy().length()), //$NON-NLS-1$
                SettingsRules::passwordLength);
        new Label(page, SWT.NONE).setText(Messages.classes);
        Composite boxes = new Composite(page, SWT.NONE);
        boxes.setLayout(new GridLayout(2, false));
        List<String> names = List.of(Messages.classUpper, Messages.classLower, Messages.classDigits, Messages.classSymbols);
        for (CharacterClass c : CharacterClass.values()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(names.get(c.ordinal()));
            box.setSelection(settings.passwordPolicy().classes().contains(c));
            box.addListener(SWT.Selection, e -> validate());
            classes.put(c, box);
        }
        new Label(page, SWT.NONE).setText(Messages.sample);
        sample = new Label(page, SWT.NONE);
        sample.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(page, SWT.NONE).setText(Messages.exportProfile);
        profile = combo(page, List.of(Messages.profileModern, Messages.profileCompat), settings.exportProfile().ordinal());
        field("iterations", page, Messages.iterations, SWT.SINGLE, Integer.toString(settings.exportIterations()), //$NON-NLS-1$
                v -> SettingsRules.iterations(v, ExportProfile.values()[Math.max(0, profile.getSelectionIndex())]));
        field("renewalDays", page, Messages.renewalDays, SWT.SINGLE, Integer.toString(settings.renewalWindowDays()), //$NON-NLS-1$
                SettingsRules::renewalDays);
        field("marginHours", page, Messages.marginHours, SWT.SINGLE, Long.toString(settings.windowMargin().toHours()), //$NON-NLS-1$
                SettingsRules::marginHours);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** Checks every field; marks the wrong ones, names the first in the message line, enables OK and the tests. */
    private void validate() {
        if (tabs == null || sample == null || testMail == null) {
            return; // still being built
        }
        Optional<String> first = Optional.empty();
        Set<String> wrong = new java.util.HashSet<>();
        for (Map.Entry<String, Field> entry : fields.entrySet()) {
            Optional<String> problem = entry.getValue().check();
            if (problem.isPresent()) {
                wrong.add(entry.getKey());
                if (first.isEmpty()) {
                    first = Optional.of(NLS.bind(Messages.problem, entry.getValue().name, problem.get()));
                }
            }
        }
        Optional<String> noClasses = SettingsRules.characterClasses(chosenClasses());
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
        boolean portalRight = wrong.stream().noneMatch(id -> id.startsWith("proxy") || id.equals("baseUrl") || id.endsWith("CaFiles")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        testConnection.button.setEnabled(portalRight);
        testProxy.button.setEnabled(portalRight);
        boolean mailRight = mailConfigured() && wrong.stream().noneMatch(id -> List.of("smtpHost", "smtpPort", "smtpUser", "from", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "replyTo", "bcc", "rate", "delay", "testTo").contains(id)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        testMail.button.setEnabled(mailRight);
        if (!wrong.contains("length") && noClasses.isEmpty()) { //$NON-NLS-1$
            char[] generated = new PasswordGenerator().generate(policy());
            sample.setText(new String(generated));
            Arrays.fill(generated, '\0');
        } else {
            sample.setText(Messages.sampleNone);
        }
    }

    private Set<CharacterClass> chosenClasses() {
        Set<CharacterClass> chosen = EnumSet.noneOf(CharacterClass.class);
        classes.forEach((c, box) -> {
            if (box.getSelection()) {
                chosen.add(c);
            }
        });
        return chosen;
    }

    private PasswordPolicy policy() {
        return PasswordPolicy.of(number("length"), chosenClasses()); //$NON-NLS-1$
    }

    private int number(String id) {
        return SettingsRules.number(fields.get(id).text.getText()).orElseThrow();
    }

    private boolean mailConfigured() {
        Field host = fields.get("smtpHost"); //$NON-NLS-1$
        return loaded.mail().isPresent() || host != null && !host.value().isEmpty();
    }

    private PortalSettings portalSettings() {
        String root = fields.get("expectedRoot").value(); //$NON-NLS-1$
        return new PortalSettings(URI.create(fields.get("baseUrl").value()), //$NON-NLS-1$
                SettingsRules.files(fields.get("tlsCaFiles").value()), SettingsRules.files(fields.get("issuerCaFiles").value()), //$NON-NLS-1$ //$NON-NLS-2$
                root.isEmpty() ? Optional.empty() : Optional.of(root));
    }

    /** The proxy as the fields say, with the typed password (empty: the stored one is used). The caller closes it. */
    private ProxySettings proxySettings() {
        String user = fields.get("proxyUser").value(); //$NON-NLS-1$
        char[] password = fields.get("proxyPassword").text.getTextChars(); //$NON-NLS-1$
        try (Secret secret = Secret.copyOf(password)) {
            if (proxyNone.getSelection()) {
                return ProxySettings.direct();
            }
            if (proxySystem.getSelection()) {
                return user.isEmpty() ? ProxySettings.system() : ProxySettings.system(user, secret.duplicate());
            }
            String host = fields.get("proxyHost").value(); //$NON-NLS-1$
            int port = number("proxyPort"); //$NON-NLS-1$
            return user.isEmpty() ? ProxySettings.manual(host, port) : ProxySettings.manual(host, port, user, secret.duplicate());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private CheckButton.Check connectionCheck() {
        PortalSettings portal = portalSettings();
        ProxySettings proxy = proxySettings();
        return () -> {
            try (ProxySettings through = proxy) {
                return jobs.testConnection(session, portal, through);
            }
        };
    }

    private CheckButton.Check mailCheck() {
        MailConfiguration mail = mailConfiguration();
        char[] password = fields.get("smtpPassword").text.getTextChars(); //$NON-NLS-1$
        String typed = fields.get("testTo").value(); //$NON-NLS-1$
        String to = typed.isEmpty() ? mail.settings().from() : typed;
        return () -> {
            try {
                return jobs.sendTestMail(session, mail, password, to);
            } finally {
                Arrays.fill(password, '\0');
            }
        };
    }

    private MailConfiguration mailConfiguration() {
        Optional<DeliverySettings> old = loaded.mail().map(MailConfiguration::settings);
        SmtpSettings smtp = new SmtpSettings(fields.get("smtpHost").value(), number("smtpPort"), //$NON-NLS-1$ //$NON-NLS-2$
                SmtpSecurity.values()[security.getSelectionIndex()], fields.get("smtpUser").value(), null, //$NON-NLS-1$
                old.map(o -> o.smtp().extraTrustedCertificates()).orElse(List.of()),
                old.map(o -> o.smtp().timeout()).orElse(Duration.ofSeconds(30)));
        DeliverySettings.Builder builder = DeliverySettings.builder(smtp, fields.get("from").value()) //$NON-NLS-1$
                .replyTo(fields.get("replyTo").value()).bcc(fields.get("bcc").value()) //$NON-NLS-1$ //$NON-NLS-2$
                .ratePerMinute(number("rate")).passwordMailDelay(Duration.ofMinutes(number("delay"))) //$NON-NLS-1$ //$NON-NLS-2$
                .charset(MailCharset.values()[charset.getSelectionIndex()]);
        old.ifPresent(o -> {
            builder.fromName(o.fromName()).adminContact(o.adminContact()).allowSameMailbox(o.allowSameMailbox())
                    .locale(o.locale()).maxAttempts(o.maxAttempts()).retryBackoff(o.retryBackoff());
            o.templateFolder().ifPresent(builder::templateFolder);
            o.fileNameTemplate().ifPresent(builder::fileNameTemplate);
        });
        return new MailConfiguration(builder.build(),
                loaded.mail().map(MailConfiguration::fileChannel).orElse(DeliveryChannel.MAIL),
                loaded.mail().map(MailConfiguration::passwordChannel).orElse(DeliveryChannel.MAIL));
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
        PortalSettings portal = portalSettings();
        if (!portal.equals(PortalSettings.of(loaded.portal()))) {
            jobs.configurePortal(session, portal);
        }
        WorkspaceSettings current = jobs.configuration(session).settings();
        try (ProxySettings proxy = proxySettings()) {
            jobs.configure(session, current.withRenewalWindowDays(number("renewalDays")) //$NON-NLS-1$
                    .withWindowMargin(Duration.ofHours(number("marginHours"))) //$NON-NLS-1$
                    .withExport(ExportProfile.values()[profile.getSelectionIndex()], number("iterations")) //$NON-NLS-1$
                    .withPasswordPolicy(policy()).withProxy(proxy));
        }
        store(fields.get("proxyPassword"), jobs::storeProxyPassword); //$NON-NLS-1$
        if (mailConfigured()) {
            jobs.configureMail(session, mailConfiguration());
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
        return sample;
    }

    public Button proxyManual() {
        return proxyManual;
    }

    public Button classBox(CharacterClass c) {
        return classes.get(c);
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
            case "connection" -> testConnection; //$NON-NLS-1$
            case "proxy" -> testProxy; //$NON-NLS-1$
            default -> testMail;
        };
    }
}
