package io.certdesk.ui.internal.parts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.certdesk.jobs.EntryDetails;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.ui.internal.Accessible;
import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.details.ChainSection;
import io.certdesk.ui.internal.details.ClipboardGuard;
import io.certdesk.ui.internal.details.ControlText;
import io.certdesk.ui.internal.details.DeliverySection;
import io.certdesk.ui.internal.details.Fields;
import io.certdesk.ui.internal.details.Fingerprints;
import io.certdesk.ui.internal.details.HistorySection;
import io.certdesk.ui.internal.details.Messages;
import io.certdesk.ui.internal.details.PasswordSection;
import io.certdesk.ui.internal.entries.Countdown;
import io.certdesk.ui.internal.entries.States;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import io.certdesk.ui.internal.prefs.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The Details part for the one selected entry: the person (roster fields), the error with cause and remedy from the
 * catalogue, the certificate (subject, issuer, serial, validity, SHA-1 and SHA-256 fingerprints in blocks of 8 with
 * copy buttons), the chain as the workspace verified it, the 24-hour window with the download count, the export
 * (profile, file fingerprint, the password behind the passphrase), the delivery of each part with its mail preview,
 * and every state change. What the status does not hold comes from {@code JobService.details} in a job under the
 * workspace's rule. Values are read-only text boxes, so a screen reader reads them with their label.
 */
public final class DetailsPart {

    /** Extras the roster import keeps for itself: not roster columns. */
    private static final String INTERNAL_EXTRAS = "certdesk."; //$NON-NLS-1$
    private static final String ROSTER_ROW = "certdesk.row"; //$NON-NLS-1$

    private final WorkspaceModel model;
    private final EntrySelection selection;
    private final Clock clock;
    private final Runnable listener = this::show;
    /** File > Preferences changed the date style: the details are written again. */
    private final Runnable datesChanged = this::datesChanged;
    private ScrolledComposite scroller;
    private Composite content;
    private ClipboardGuard clipboard;
    private Optional<Entry> shown = Optional.empty();
    /** The details loaded last, for the entry and the status they were loaded for. */
    private EntryDetails loaded;
    private long loadedId = -1;
    /** The status the details were loaded with (compared by identity: a new status reads the details again). */
    private WorkspaceStatus loadedStatus;
    private String loadProblem;
    private boolean loading;
    private PasswordSection password;
    private View displayed;
    private Text deadlineText;
    private Instant deadline;

    @Inject
    public DetailsPart(WorkspaceModel model, EntrySelection selection, Clock clock) {
        this.model = model;
        this.selection = selection;
        this.clock = clock;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        content = new Composite(scroller, SWT.NONE);
        scroller.setContent(content);
        scroller.addListener(SWT.Resize, e -> resize());
        clipboard = new ClipboardGuard(parent.getDisplay(), clock);
        selection.addListener(listener);
        model.addListener(listener);
        Dates.addListener(datesChanged);
        show();
        parent.layout(true, true); // the part's container may already have its size: lay the scroller out now
    }

    /** The entry shown: the one selected entry of the open workspace. */
    public Optional<Entry> entry() {
        return shown;
    }

    /** The details shown below the entry's own fields, once loaded. */
    public Optional<EntryDetails> details() {
        return shown.isPresent() && loaded != null && loaded.entry().id() == shown.get().id() ? Optional.of(loaded)
                : Optional.empty();
    }

    /** The export password section of the entry shown, when it has one (tests). */
    public Optional<PasswordSection> password() {
        return Optional.ofNullable(password);
    }

    /** What the part shows; an equal view is not built again (the status is read again every 30 s). */
    private record View(Set<Long> ids, Entry entry, EntryDetails details, String problem) {
    }

    private void show() {
        if (content == null || content.isDisposed()) {
            return;
        }
        Set<Long> ids = selection.selected();
        Optional<WorkspaceStatus> status = model.status();
        shown = ids.size() != 1 || status.isEmpty() ? Optional.empty()
                : status.get().entries().stream().filter(e -> ids.contains(Long.valueOf(e.id()))).findFirst();
        EntryDetails details = null;
        String problem = null;
        if (shown.isPresent()) {
            Entry entry = shown.get();
            if (loadedId == entry.id()) {
                details = loaded;
                problem = loadProblem;
            }
            if (loadedId != entry.id() || loadedStatus != status.get()) {
                load(entry.id(), status.get()); // in the background: what is shown stays until the answer differs
            }
        }
        View view = new View(ids.size() > 1 ? ids : Set.of(), shown.orElse(null), details, problem);
        if (view.equals(displayed)) {
            updateDeadline();
            return;
        }
        displayed = view;
        build(ids, status, details, problem);
    }

    private void build(Set<Long> ids, Optional<WorkspaceStatus> status, EntryDetails details, String problem) {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        password = null;
        deadlineText = null;
        PixelConverter pixels = new PixelConverter(content);
        GridLayoutFactory.fillDefaults().margins(pixels.convertHorizontalDLUsToPixels(4),
                pixels.convertVerticalDLUsToPixels(4)).applyTo(content);
        if (shown.isEmpty()) {
            Label empty = new Label(content, SWT.WRAP);
            empty.setText(ids.size() > 1 ? NLS.bind(Messages.many, Integer.toString(ids.size())) : Messages.none);
            GridDataFactory.fillDefaults().grab(true, false).hint(pixels.convertWidthInCharsToPixels(30), SWT.DEFAULT)
                    .applyTo(empty);
        } else {
            Entry entry = shown.get();
            String profile = entry.exportProfile().orElse(status.get().settings().exportProfile()).id();
            person(entry);
            entry.errorCode().ifPresent(code -> {
                Group error = Fields.group(content, NLS.bind(Messages.errorTitle, Integer.toString(code.code())));
                Fields.field(error, Messages.errorMessage, code.message());
                entry.errorDetail().ifPresent(detail -> Fields.field(error, Messages.errorDetail, detail));
                Fields.field(error, Messages.errorCause, code.cause());
                Fields.field(error, Messages.errorRemedy, code.remedy());
            });
            entry.certificate().ifPresent(this::certificate);
            if (details != null) {
                ChainSection.create(content, details.chain(), clock, entry.certificate().isPresent());
            }
            window(entry);
            Group export = Fields.group(content, Messages.exportTitle);
            Fields.field(export, Messages.exportProfile, profile);
            entry.exportSha256().ifPresent(hex -> fingerprint(export, Messages.exportSha256, hex));
            if (details != null) {
                if (details.hasExportPassword()) {
                    password = new PasswordSection(content, model, entry.id(), entry.name(), clock, clipboard);
                }
                DeliverySection.create(content, details.deliveries(), clock, entry.certificate().isPresent());
                HistorySection.create(content, details.transitions(), clock);
            } else if (problem != null) {
                Fields.note(content, NLS.bind(Messages.loadFailed, problem));
            } else {
                Fields.note(content, Messages.loading);
            }
        }
        resize();
    }

    /** Reads the entry's details in a job under the workspace's rule; shows them when they are still wanted. */
    private void load(long entryId, WorkspaceStatus status) {
        WorkspaceSession session = model.session().orElse(null);
        if (session == null || loading) {
            return;
        }
        loading = true;
        var display = content.getDisplay();
        Job job = Job.create(Messages.loading, (IProgressMonitor monitor) -> {
            EntryDetails read = null;
            String problem = null;
            try {
                read = model.jobs().details(session, entryId);
            } catch (JobException | RuntimeException e) {
                problem = e.getMessage();
            }
            EntryDetails result = read;
            String failure = problem;
            display.asyncExec(() -> {
                loading = false;
                loaded = result;
                loadProblem = failure;
                loadedId = entryId;
                loadedStatus = status;
                show();
            });
            return Status.OK_STATUS;
        });
        job.setRule(model.rule());
        job.setSystem(true);
        job.schedule();
    }

    private void resize() {
        if (content == null || content.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        content.layout(true, true);
        scroller.setMinSize(content.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
    }

    private void person(Entry entry) {
        Group person = Fields.group(content, Messages.personTitle);
        Fields.field(person, Messages.personState, States.text(entry.state()));
        Fields.field(person, Messages.personName, entry.name());
        Fields.field(person, Messages.personEmail, entry.email());
        Fields.field(person, Messages.personDepartment, entry.department());
        Fields.field(person, Messages.personGroup, entry.groupId());
        Fields.field(person, Messages.personNumber, entry.certificateNumber());
        Fields.field(person, Messages.personChannel,
                entry.channel().map(c -> c.displayName()).orElse(Messages.personChannelDefault));
        Fields.field(person, Messages.personRecipient, entry.recipient());
        String row = entry.extras().get(ROSTER_ROW);
        if (row != null) {
            Fields.field(person, Messages.personRow, row);
        }
        for (Map.Entry<String, String> extra : entry.extras().entrySet()) {
            if (!extra.getKey().startsWith(INTERNAL_EXTRAS)) { // the roster row's own bookkeeping (row, raw cells)
                Fields.field(person, extra.getKey(), extra.getValue());
            }
        }
    }

    private void certificate(CertificateInfo info) {
        Group certificate = Fields.group(content, Messages.certificateTitle);
        Fields.field(certificate, Messages.certificateSubject, info.subject());
        Fields.field(certificate, Messages.certificateIssuer, info.issuer());
        Fields.field(certificate, Messages.certificateSerial, info.serialHex());
        Fields.field(certificate, Messages.certificateValidity, NLS.bind(Messages.certificateFromTo,
                Fields.time(info.notBefore(), clock), Fields.time(info.notAfter(), clock)));
        fingerprint(certificate, Messages.certificateSha256, info.sha256());
        fingerprint(certificate, Messages.certificateSha1, info.sha1());
    }

    private void window(Entry entry) {
        Group window = Fields.group(content, Messages.windowTitle);
        Fields.field(window, Messages.windowImported, Fields.time(entry.importedAt(), clock));
        if (entry.firstDownloadAt().isEmpty()) {
            Fields.field(window, Messages.windowFirst, Messages.windowNotYet);
            return;
        }
        Fields.field(window, Messages.windowFirst, NLS.bind(Messages.windowFirstValue,
                Fields.time(entry.firstDownloadAt().get(), clock),
                entry.firstDownloadFromPortal() ? Messages.windowFromPortal : Messages.windowLocal));
        Fields.field(window, Messages.windowCount, Integer.toString(entry.downloadCount()));
        deadline = entry.downloadDeadline().get();
        deadlineText = Fields.field(window, Messages.windowDeadline, ""); //$NON-NLS-1$
        updateDeadline();
    }

    /** The time left until the re-download deadline, at the clock's time. */
    private void updateDeadline() {
        if (deadlineText != null && !deadlineText.isDisposed()) {
            deadlineText.setText(NLS.bind(Messages.windowDeadlineValue, Fields.time(deadline, clock),
                    Countdown.text(Duration.between(clock.instant(), deadline))));
        }
    }

    private void fingerprint(Composite group, String label, String hex) {
        Label name = new Label(group, SWT.NONE);
        name.setText(label);
        Text text = new Text(group, SWT.READ_ONLY | SWT.WRAP);
        text.setText(Fingerprints.blocks(hex));
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        Accessible.name(text, label);
        GridDataFactory.fillDefaults().grab(true, false)
                .hint(new PixelConverter(group).convertWidthInCharsToPixels(30), SWT.DEFAULT).applyTo(text);
        Button copy = new Button(group, SWT.PUSH);
        copy.setText(Messages.copy);
        copy.setData(label);
        Accessible.name(copy, NLS.bind(Messages.copyAccessible, label));
        copy.addListener(SWT.Selection, e -> {
            Clipboard board = new Clipboard(copy.getDisplay());
            try {
                board.setContents(new Object[] { Fingerprints.plain(hex) }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                board.dispose();
            }
        });
    }

    /** The copy button of a fingerprint row (tests). */
    public Optional<Button> copyButton(String label) {
        return find(content, label);
    }

    private static Optional<Button> find(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && label.equals(button.getData())) {
                return Optional.of(button);
            }
            if (child instanceof Composite composite) {
                Optional<Button> found = find(composite, label);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Every value shown, as "label: value" lines, tree and table rows as cells joined by " | " (tests, screen reader checks). */
    public String text() {
        return ControlText.of(content);
    }

    @Focus
    public void setFocus() {
        content.setFocus();
    }

    private void datesChanged() {
        if (scroller != null && !scroller.isDisposed()) {
            scroller.getDisplay().asyncExec(() -> {
                if (!scroller.isDisposed()) {
                    show();
                }
            });
        }
    }

    @PreDestroy
    public void dispose() {
        selection.removeListener(listener);
        model.removeListener(listener);
        Dates.removeListener(datesChanged);
        if (clipboard != null) {
            clipboard.dispose();
        }
    }
}
