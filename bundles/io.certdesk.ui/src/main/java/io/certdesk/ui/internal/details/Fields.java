package io.certdesk.ui.internal.details;

import java.time.Clock;
import java.time.Instant;

import io.certdesk.ui.internal.Accessible;
import io.certdesk.ui.internal.prefs.Dates;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The Details part's building blocks: titled groups of "label: value" rows whose values are read-only text boxes
 * (a screen reader reads them with their label; they can be selected and copied). Sizes from font metrics.
 */
public final class Fields {


    private Fields() {
    }

    /** A titled group with three columns (label, value, button). */
    public static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).span(columns(parent), 1).applyTo(group);
        return group;
    }

    /** A row: the label and the read-only value over the two other columns. */
    public static Text field(Composite group, String label, String value) {
        Label name = new Label(group, SWT.NONE);
        name.setText(label);
        Text text = new Text(group, SWT.READ_ONLY | SWT.WRAP);
        text.setText(value == null ? "" : value); //$NON-NLS-1$
        Accessible.name(text, label);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
                .hint(new PixelConverter(group).convertWidthInCharsToPixels(30), SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** A row with a multi-line read-only value of about {@code lines} lines (a mail body). */
    public static Text area(Composite group, String label, String value, int lines) {
        Label name = new Label(group, SWT.NONE);
        name.setText(label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
        Text text = new Text(group, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setText(value == null ? "" : value); //$NON-NLS-1$
        Accessible.name(text, label);
        PixelConverter pixels = new PixelConverter(group);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
                .hint(pixels.convertWidthInCharsToPixels(30), pixels.convertHeightInCharsToPixels(lines)).applyTo(text);
        return text;
    }

    /** A wrapped note over the whole width of a group. */
    public static Label note(Composite group, String text) {
        Label note = new Label(group, SWT.WRAP);
        note.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).span(columns(group), 1)
                .hint(new PixelConverter(group).convertWidthInCharsToPixels(30), SWT.DEFAULT).applyTo(note);
        return note;
    }

    /** The day, in the clock's zone. */
    public static String date(Instant instant, Clock clock) {
        return Dates.day(instant, clock.getZone());
    }

    /** Minutes, in the clock's zone. */
    public static String time(Instant instant, Clock clock) {
        return Dates.minutes(instant, clock.getZone());
    }

    /** Seconds, in the clock's zone (state changes and sends follow each other quickly). */
    public static String seconds(Instant instant, Clock clock) {
        return Dates.seconds(instant, clock.getZone());
    }

    private static int columns(Composite parent) {
        return parent.getLayout() instanceof org.eclipse.swt.layout.GridLayout grid ? grid.numColumns : 1;
    }
}
