package io.certdesk.ui.internal.watch;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import io.certdesk.ui.internal.activity.JobEnd;
import io.certdesk.ui.internal.entries.FilterRequests;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * Notifications as JFace {@link NotificationPopup}s at the corner of the screen: a title with the count, a text with
 * the next deadline and what to do, and for findings a link that filters the Entries table to the entries concerned.
 * They close by themselves after a while; nothing in them names a person.
 */
public final class PopupNotifier implements Notifier {

    /** How long a notification stays up. */
    public static final long SHOWN_MILLIS = 20_000L;

    private final Display display;
    private final Clock clock;
    private final Supplier<WatchSettings> settings;
    private final FilterRequests requests;

    public PopupNotifier(Display display, Clock clock, Supplier<WatchSettings> settings, FilterRequests requests) {
        this.display = Objects.requireNonNull(display, "display"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.settings = Objects.requireNonNull(settings, "settings"); //$NON-NLS-1$
        this.requests = Objects.requireNonNull(requests, "requests"); //$NON-NLS-1$
    }

    @Override
    public void finding(Finding finding) {
        String text = NotificationTexts.text(finding, clock.instant(), clock.getZone());
        NotificationPopup[] popup = new NotificationPopup[1];
        popup[0] = NotificationPopup.forDisplay(display).title(NotificationTexts.title(finding, settings.get()), true)
                .content(parent -> {
                    Composite body = body(parent, text);
                    Link show = new Link(body, SWT.NONE);
                    show.setText(Messages.showEntries);
                    show.addListener(SWT.Selection, event -> {
                        requests.request(finding.kind().filter());
                        popup[0].close();
                    });
                    return body;
                }).delay(SHOWN_MILLIS).build();
        popup[0].open();
    }

    @Override
    public void jobEnded(JobEnd end) {
        String text = NotificationTexts.text(end);
        NotificationPopup.forDisplay(display).title(NotificationTexts.title(end), true)
                .content(parent -> body(parent, text)).delay(SHOWN_MILLIS).open();
    }

    private static Composite body(Composite parent, String text) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        Label label = new Label(body, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false)
                .hint(new PixelConverter(parent).convertWidthInCharsToPixels(48), SWT.DEFAULT).applyTo(label);
        return body;
    }
}
