package io.certdesk.ui.internal.prefs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.certdesk.jobs.SettingsRules;
import io.certdesk.ui.internal.activity.JobEnd;
import io.certdesk.ui.internal.watch.WatchKind;
import io.certdesk.ui.internal.watch.WatchSettings;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * File &gt; Preferences: the administrator's own preferences in four groups: watching (check at start-up, every 1 to
 * 72 hours, the first and second warning before a 24-hour window closes), which notifications to show, the language
 * of the window (from the next start) and the date style with a live sample. Numbers are checked as they are typed
 * (full-width digits accepted); a wrong one is marked with the error icon and its words under the box and in the
 * message line, and OK stays disabled until all are right. Restore Defaults puts the defaults back in the dialog.
 * OK stores everything in the per-user preference node and the start script's language file.
 */
public final class PreferencesDialog extends TitleAreaDialog {

    /** The button that puts the defaults back. */
    public static final int RESTORE_ID = IDialogConstants.CLIENT_ID + 1;

    private final Preferences node;
    private final Path configFolder;
    private final UserPreferences loaded;
    private final Map<String, NumberField> fields = new LinkedHashMap<>();
    private final Map<WatchKind, Button> kinds = new EnumMap<>(WatchKind.class);
    private final Map<JobEnd.Outcome, Button> ends = new EnumMap<>(JobEnd.Outcome.class);
    private final Map<Language, Button> languages = new EnumMap<>(Language.class);
    private final Map<DateStyle, Button> styles = new EnumMap<>(DateStyle.class);
    private Button atStartUp;
    private Label sample;
    private String problem = ""; //$NON-NLS-1$

    public PreferencesDialog(Shell parent, Preferences node, Path configFolder) {
        super(parent);
        this.node = node;
        this.configFolder = configFolder;
        this.loaded = UserPreferences.read(node);
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
        setMessage(Messages.message);
        Composite columns = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(false).applyTo(columns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
        Composite left = column(columns);
        Composite right = column(columns);
        watching(group(left, Messages.groupWatching, 3));
        notifications(group(left, Messages.groupNotifications, 1));
        language(group(right, Messages.groupLanguage, 1));
        dates(group(right, Messages.groupDates, 1));
        show(loaded);
        fields.values().forEach(f -> f.text.addListener(SWT.Modify, e -> validate()));
        return area;
    }

    private static Composite column(Composite parent) {
        Composite column = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(column);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
        return column;
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private void watching(Group group) {
        atStartUp = new Button(group, SWT.CHECK);
        atStartUp.setText(Messages.atStartUp);
        GridDataFactory.swtDefaults().span(3, 1).applyTo(atStartUp);
        fields.put("interval", new NumberField(group, Messages.interval, Messages.hours, "", //$NON-NLS-1$ //$NON-NLS-2$
                text -> SettingsRules.range(text, WatchSettings.MIN_HOURS, WatchSettings.MAX_HOURS)));
        fields.put("first", new NumberField(group, Messages.firstWarning, Messages.minutes, "", //$NON-NLS-1$ //$NON-NLS-2$
                text -> SettingsRules.range(text, 2, WatchSettings.MAX_WARNING_MINUTES)));
        fields.put("second", new NumberField(group, Messages.secondWarning, Messages.minutes, "", //$NON-NLS-1$ //$NON-NLS-2$
                this::secondRule));
    }

    private Optional<String> secondRule(String text) {
        Optional<String> range = SettingsRules.range(text, 1, WatchSettings.MAX_WARNING_MINUTES - 1);
        if (range.isPresent()) {
            return range;
        }
        int first = fields.get("first").value(); //$NON-NLS-1$
        int second = SettingsRules.number(text).orElse(-1);
        return first > 0 && second >= first ? Optional.of(NLS.bind(Messages.secondNotBefore, Integer.toString(first)))
                : Optional.empty();
    }

    private void notifications(Group group) {
        for (WatchKind kind : WatchKind.values()) {
            kinds.put(kind, check(group, switch (kind) {
                case CLOSING -> Messages.notifyClosing;
                case PASSED -> Messages.notifyPassed;
                case RENEWAL_OPEN -> Messages.notifyRenewal;
                case EXPIRED -> Messages.notifyExpired;
                case UNKNOWN_SENDS -> Messages.notifyUnknown;
                case PASSWORDS_PENDING -> Messages.notifyPasswords;
            }));
        }
        for (JobEnd.Outcome outcome : JobEnd.Outcome.values()) {
            ends.put(outcome, check(group, switch (outcome) {
                case FINISHED -> Messages.notifyFinished;
                case CANCELLED -> Messages.notifyCancelled;
                case FAILED -> Messages.notifyFailed;
            }));
        }
    }

    private static Button check(Composite parent, String text) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(text);
        return button;
    }

    private void language(Group group) {
        for (Language language : Language.values()) {
            Button radio = new Button(group, SWT.RADIO);
            radio.setText(switch (language) {
                case FOLLOW_OS -> Messages.languageOs;
                case JAPANESE -> Messages.languageJapanese;
                case ENGLISH -> Messages.languageEnglish;
            });
            languages.put(language, radio);
        }
        Label note = new Label(group, SWT.WRAP);
        note.setText(Messages.languageNote);
        GridDataFactory.fillDefaults().grab(true, false).hint(
                new org.eclipse.jface.layout.PixelConverter(note).convertWidthInCharsToPixels(36), SWT.DEFAULT).applyTo(note);
    }

    private void dates(Group group) {
        for (DateStyle style : DateStyle.values()) {
            Button radio = new Button(group, SWT.RADIO);
            radio.setText(style == DateStyle.WESTERN ? Messages.datesWestern : Messages.datesEra);
            radio.addListener(SWT.Selection, e -> showSample());
            styles.put(style, radio);
        }
        sample = new Label(group, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sample);
    }

    private void showSample() {
        sample.setText(NLS.bind(Messages.datesSample, Dates.minutes(chosenStyle(), ZonedDateTime.now())));
        sample.getParent().requestLayout();
    }

    private DateStyle chosenStyle() {
        return styles.get(DateStyle.JAPANESE_ERA).getSelection() ? DateStyle.JAPANESE_ERA : DateStyle.WESTERN;
    }

    /** Puts {@code values} into the controls. */
    private void show(UserPreferences values) {
        WatchSettings watch = values.watch();
        atStartUp.setSelection(watch.atStartUp());
        fields.get("interval").text.setText(Long.toString(watch.interval().toHours())); //$NON-NLS-1$
        fields.get("first").text.setText(Long.toString(watch.firstWarning().toMinutes())); //$NON-NLS-1$
        fields.get("second").text.setText(Long.toString(watch.secondWarning().toMinutes())); //$NON-NLS-1$
        kinds.forEach((kind, box) -> box.setSelection(watch.shown().contains(kind)));
        ends.forEach((outcome, box) -> box.setSelection(watch.endsShown().contains(outcome)));
        languages.forEach((language, radio) -> radio.setSelection(language == values.language()));
        styles.forEach((style, radio) -> radio.setSelection(style == values.dates()));
        showSample();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, RESTORE_ID, Messages.restoreDefaults, false);
        super.createButtonsForButtonBar(parent);
        validate();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == RESTORE_ID) {
            show(UserPreferences.defaults());
            validate();
            return;
        }
        super.buttonPressed(buttonId);
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        for (NumberField field : fields.values()) {
            field.check().ifPresent(p -> problems.add(NLS.bind(Messages.problemLine, field.name, p)));
        }
        problem = String.join("  ", problems); //$NON-NLS-1$
        setErrorMessage(problems.isEmpty() ? null : problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problems.isEmpty());
        }
    }

    /** What the controls say now; only when nothing is wrong. */
    UserPreferences chosen() {
        Set<WatchKind> shown = EnumSet.noneOf(WatchKind.class);
        kinds.forEach((kind, box) -> {
            if (box.getSelection()) {
                shown.add(kind);
            }
        });
        Set<JobEnd.Outcome> endsShown = EnumSet.noneOf(JobEnd.Outcome.class);
        ends.forEach((outcome, box) -> {
            if (box.getSelection()) {
                endsShown.add(outcome);
            }
        });
        Language language = languages.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
                .findFirst().orElse(Language.FOLLOW_OS);
        WatchSettings watch = new WatchSettings(Duration.ofHours(fields.get("interval").value()), //$NON-NLS-1$
                Duration.ofMinutes(fields.get("first").value()), Duration.ofMinutes(fields.get("second").value()), //$NON-NLS-1$ //$NON-NLS-2$
                shown, atStartUp.getSelection(), endsShown);
        return new UserPreferences(watch, language, chosenStyle());
    }

    @Override
    protected void okPressed() {
        validate();
        if (!problem.isEmpty()) {
            return;
        }
        try {
            chosen().write(node, configFolder);
        } catch (BackingStoreException | IOException e) {
            setErrorMessage(NLS.bind(Messages.saveFailed, e.getMessage()));
            return;
        }
        super.okPressed();
    }

    // for tests and screen readers' tests: the controls by name

    public Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    public Button cancelButton() {
        return getButton(IDialogConstants.CANCEL_ID);
    }

    public Button restoreButton() {
        return getButton(RESTORE_ID);
    }

    /** The box of "interval", "first" or "second". */
    public Text text(String id) {
        return fields.get(id).text;
    }

    /** Whether the box of {@code id} is marked wrong. */
    public boolean marked(String id) {
        return fields.get(id).marked();
    }

    /** The words under the box of {@code id} (empty when it is right). */
    public Label error(String id) {
        return fields.get(id).error();
    }

    /** Everything wrong, as the message line says it; empty when nothing is. */
    public String problem() {
        return problem;
    }

    public Button atStartUp() {
        return atStartUp;
    }

    public Button kind(WatchKind kind) {
        return kinds.get(kind);
    }

    public Button end(JobEnd.Outcome outcome) {
        return ends.get(outcome);
    }

    public Button language(Language language) {
        return languages.get(language);
    }

    public Button style(DateStyle style) {
        return styles.get(style);
    }

    public Label sample() {
        return sample;
    }
}
