package io.certdesk.ui.internal.parts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.ui.internal.Accessible;
import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.details.Fingerprints;
import io.certdesk.ui.internal.details.Messages;
import io.certdesk.ui.internal.entries.Countdown;
import io.certdesk.ui.internal.entries.States;
import io.certdesk.ui.internal.workspace.WorkspaceModel;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
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
 * The Details part for the one selected entry: the person (roster fields), the certificate (subject, issuer, serial,
 * validity, SHA-1 and SHA-256 fingerprints in blocks of 8 with copy buttons), the 24-hour window as a timeline with the
 * download count, the export (profile, file fingerprint) and the error with cause and remedy from the catalogue.
 * Values are read-only text boxes, so a screen reader reads them with their label and they can be selected.
 */
public final class DetailsPart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT); //$NON-NLS-1$

    private final WorkspaceModel model;
    private final EntrySelection selection;
    private final Clock clock;
    private final Runnable listener = this::show;
    private Composite content;
    private Optional<Entry> shown = Optional.empty();

    @Inject
    public DetailsPart(WorkspaceModel model, EntrySelection selection, Clock clock) {
        this.model = model;
        this.selection = selection;
        this.clock = clock;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        content = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        selection.addListener(listener);
        model.addListener(listener);
        show();
    }

    /** The entry shown: the one selected entry of the open workspace. */
    public Optional<Entry> entry() {
        return shown;
    }

    private void show() {
        if (content == null || content.isDisposed()) {
            return;
        }
        Set<Long> ids = selection.selected();
        Optional<WorkspaceStatus> status = model.status();
        shown = ids.size() != 1 || status.isEmpty() ? Optional.empty()
                : status.get().entries().stream().filter(e -> ids.contains(Long.valueOf(e.id()))).findFirst();
        for (Control child : content.getChildren()) {
            child.dispose();
        }
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
            entry.certificate().ifPresent(this::certificate);
            window(entry);
            Group export = group(Messages.exportTitle);
            field(export, Messages.exportProfile, profile);
            entry.exportSha256().ifPresent(hex -> fingerprint(export, Messages.exportSha256, hex));
            entry.errorCode().ifPresent(code -> {
                Group error = group(NLS.bind(Messages.errorTitle, Integer.toString(code.code())));
                field(error, Messages.errorMessage, code.message());
                entry.errorDetail().ifPresent(detail -> field(error, Messages.errorDetail, detail));
                field(error, Messages.errorCause, code.cause());
                field(error, Messages.errorRemedy, code.remedy());
            });
        }
        content.getParent().layout(true, true);
    }

    private void person(Entry entry) {
        Group person = group(Messages.personTitle);
        field(person, Messages.personState, States.text(entry.state()));
        field(person, Messages.personName, entry.name());
        field(person, Messages.personEmail, entry.email());
        field(person, Messages.personDepartment, entry.department());
        field(person, Messages.personGroup, entry.groupId());
        field(person, Messages.personNumber, entry.certificateNumber());
        field(person, Messages.personChannel, entry.channel().map(c -> c.displayName()).orElse("")); //$NON-NLS-1$
        field(person, Messages.personRecipient, entry.recipient());
        for (Map.Entry<String, String> extra : entry.extras().entrySet()) {
            field(person, extra.getKey(), extra.getValue());
        }
    }

    private void certificate(CertificateInfo info) {
        Group certificate = group(Messages.certificateTitle);
        field(certificate, Messages.certificateSubject, info.subject());
        field(certificate, Messages.certificateIssuer, info.issuer());
        field(certificate, Messages.certificateSerial, info.serialHex());
        field(certificate, Messages.certificateValidity, NLS.bind(Messages.certificateFromTo,
                time(info.notBefore()), time(info.notAfter())));
        fingerprint(certificate, Messages.certificateSha256, info.sha256());
        fingerprint(certificate, Messages.certificateSha1, info.sha1());
    }

    private void window(Entry entry) {
        Group window = group(Messages.windowTitle);
        field(window, Messages.windowImported, time(entry.importedAt()));
        if (entry.firstDownloadAt().isEmpty()) {
            field(window, Messages.windowFirst, Messages.windowNotYet);
            return;
        }
        field(window, Messages.windowFirst, NLS.bind(Messages.windowFirstValue, time(entry.firstDownloadAt().get()),
                entry.firstDownloadFromPortal() ? Messages.windowFromPortal : Messages.windowLocal));
        field(window, Messages.windowCount, Integer.toString(entry.downloadCount()));
        Instant deadline = entry.downloadDeadline().get();
        Duration left = Duration.between(clock.instant(), deadline);
        field(window, Messages.windowDeadline, NLS.bind(Messages.windowDeadlineValue, time(deadline),
                Countdown.text(left)));
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(clock.getZone()));
    }

    private Group group(String title) {
        Group group = new Group(content, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private Text field(Composite group, String label, String value) {
        Label name = new Label(group, SWT.NONE);
        name.setText(label);
        Text text = new Text(group, SWT.READ_ONLY | SWT.WRAP);
        text.setText(value == null ? "" : value); //$NON-NLS-1$
        Accessible.name(text, label);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
                .hint(new PixelConverter(group).convertWidthInCharsToPixels(30), SWT.DEFAULT).applyTo(text);
        return text;
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
            Clipboard clipboard = new Clipboard(copy.getDisplay());
            try {
                clipboard.setContents(new Object[] { Fingerprints.plain(hex) },
                        new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
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

    /** Every value shown, as "label: value" lines (tests, screen reader checks). */
    public String text() {
        StringBuilder text = new StringBuilder();
        collect(content, text);
        return text.toString();
    }

    private static void collect(Composite parent, StringBuilder text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Group group) {
                text.append('[').append(group.getText()).append("]\n"); //$NON-NLS-1$
                collect(group, text);
            } else if (child instanceof Label label) {
                text.append(label.getText()).append(": "); //$NON-NLS-1$
            } else if (child instanceof Text value) {
                text.append(value.getText()).append('\n');
            } else if (child instanceof Composite composite) {
                collect(composite, text);
            }
        }
    }

    @Focus
    public void setFocus() {
        content.setFocus();
    }

    @PreDestroy
    public void dispose() {
        selection.removeListener(listener);
        model.removeListener(listener);
    }
}
