package io.certdesk.ui.internal.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.certdesk.ui.internal.activity.JobEnd;
import io.certdesk.ui.internal.entries.Countdown;
import io.certdesk.ui.internal.prefs.Dates;
import org.eclipse.osgi.util.NLS;

/** The title and text of each notification, in the user's language: counts and times, never a person. */
public final class NotificationTexts {


    private NotificationTexts() {
    }

    public static String title(Finding finding, WatchSettings settings) {
        String count = Integer.toString(finding.count());
        return switch (finding.kind()) {
            case CLOSING -> finding.level() > 1
                    ? NLS.bind(Messages.closingUrgentTitle, count, Long.toString((finding.level() > 2
                            ? settings.secondWarning() : settings.firstWarning()).toMinutes()))
                    : NLS.bind(Messages.closingTitle, count);
            case PASSED -> NLS.bind(Messages.passedTitle, count);
            case RENEWAL_OPEN -> NLS.bind(Messages.renewalTitle, count);
            case EXPIRED -> NLS.bind(Messages.expiredTitle, count);
            case UNKNOWN_SENDS -> NLS.bind(Messages.unknownTitle, count);
            case PASSWORDS_PENDING -> NLS.bind(Messages.passwordsTitle, count);
        };
    }

    public static String text(Finding finding, Instant now, ZoneId zone) {
        return switch (finding.kind()) {
            case CLOSING -> NLS.bind(Messages.closingText, finding.next().map(t -> Dates.monthDayMinutes(t, zone)).orElse(""), //$NON-NLS-1$
                    finding.next().map(t -> Countdown.text(Duration.between(now, t))).orElse("")); //$NON-NLS-1$
            case PASSED -> Messages.passedText;
            case RENEWAL_OPEN -> NLS.bind(Messages.renewalText,
                    finding.next().map(t -> Dates.day(t, zone)).orElse("")); //$NON-NLS-1$
            case EXPIRED -> Messages.expiredText;
            case UNKNOWN_SENDS -> Messages.unknownText;
            case PASSWORDS_PENDING -> Messages.passwordsText;
        };
    }

    public static String title(JobEnd end) {
        return NLS.bind(switch (end.outcome()) {
            case FINISHED -> Messages.jobFinished;
            case CANCELLED -> Messages.jobCancelled;
            case FAILED -> Messages.jobFailed;
        }, end.job());
    }

    public static String text(JobEnd end) {
        return switch (end.outcome()) {
            case FINISHED -> end.counts();
            case CANCELLED -> NLS.bind(Messages.jobCancelledText, end.counts());
            case FAILED -> NLS.bind(Messages.jobFailedText,
                    end.error().map(code -> Integer.toString(code.code())).orElse("-")); //$NON-NLS-1$
        };
    }
}
