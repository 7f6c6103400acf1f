package io.certdesk.ui.internal.prefs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;

/**
 * Every date the window shows, in the user's {@link DateStyle} (Preferences &gt; Date style): Western as ISO 8601
 * ({@code 2026-12-03 14:05}) or with the Japanese era ({@code 令和8年12月3日 14:05}; the first year of an era is
 * 元年). In the English window the era style reads {@code Reiwa 8-12-03 14:05}. Dates before Meiji 6 (1873), which
 * the Japanese calendar of Java does not know, stay Western. Files and exports keep ISO dates whatever the style.
 * Parts that show dates {@linkplain #addListener listen} and draw again when the style changes.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT); //$NON-NLS-1$
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT); //$NON-NLS-1$
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT); //$NON-NLS-1$
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT); //$NON-NLS-1$
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile DateStyle style;

    private Dates() {
    }

    /** The style chosen in the preferences (read once, then followed as it changes). */
    public static DateStyle style() {
        DateStyle current = style;
        if (current == null) {
            synchronized (Dates.class) {
                if (style == null) {
                    IEclipsePreferences node = InstanceScope.INSTANCE.getNode(UserPreferences.NODE);
                    node.addPreferenceChangeListener(event -> {
                        if (UserPreferences.DATE_STYLE.equals(event.getKey())) {
                            DateStyle before = style;
                            style = DateStyle.of(node.get(UserPreferences.DATE_STYLE, DateStyle.WESTERN.key()));
                            if (before != style) {
                                LISTENERS.forEach(Runnable::run);
                            }
                        }
                    });
                    style = DateStyle.of(node.get(UserPreferences.DATE_STYLE, DateStyle.WESTERN.key()));
                }
                current = style;
            }
        }
        return current;
    }

    /** Runs {@code listener} after the style changed, on the thread that changed it (the UI thread: the dialog). */
    public static void addListener(Runnable listener) {
        style();
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** A day: {@code 2026-12-03} or {@code 令和8年12月3日}. */
    public static String day(LocalDate date) {
        return day(style(), date);
    }

    public static String day(Instant instant, ZoneId zone) {
        return day(instant.atZone(zone).toLocalDate());
    }

    /** A day and time to the minute: {@code 2026-12-03 14:05} or {@code 令和8年12月3日 14:05}. */
    public static String minutes(Instant instant, ZoneId zone) {
        return minutes(style(), instant.atZone(zone));
    }

    /** A day and time to the second: {@code 2026-12-03 14:05:09} or {@code 令和8年12月3日 14:05:09}. */
    public static String seconds(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        return day(style(), at.toLocalDate()) + ' ' + SECONDS.format(at);
    }

    /** A month, day and time, for a deadline close by: {@code 12-03 14:05} or {@code 12月3日 14:05}. */
    public static String monthDayMinutes(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        String day = style() == DateStyle.JAPANESE_ERA
                ? NLS.bind(Messages.eraMonthDay, number(at.getMonthValue()), number(at.getDayOfMonth()))
                : MONTH_DAY.format(at);
        return day + ' ' + MINUTES.format(at);
    }

    /** A month or day of an era date: two digits in English ({@code 12-03}), as is in Japanese ({@code 12月3日}). */
    private static String number(int value) {
        return Boolean.parseBoolean(Messages.eraTwoDigits) ? String.format(Locale.ROOT, "%02d", Integer.valueOf(value)) //$NON-NLS-1$
                : Integer.toString(value);
    }

    /** A day in {@code style}. */
    public static String day(DateStyle style, LocalDate date) {
        if (style == DateStyle.JAPANESE_ERA) {
            try {
                JapaneseDate japanese = JapaneseDate.from(date);
                int year = japanese.get(ChronoField.YEAR_OF_ERA);
                String era = japanese.getEra().getDisplayName(TextStyle.FULL,
                        Locale.forLanguageTag(Messages.eraLanguage));
                return NLS.bind(Messages.eraDate, new Object[] { era,
                        year == 1 ? Messages.eraFirstYear : Integer.toString(year),
                        number(date.getMonthValue()), number(date.getDayOfMonth()) });
            } catch (DateTimeException beforeMeiji) {
                return DAY.format(date);
            }
        }
        return DAY.format(date);
    }

    /** A day and time to the minute in {@code style}. */
    public static String minutes(DateStyle style, ZonedDateTime at) {
        return day(style, at.toLocalDate()) + ' ' + MINUTES.format(at);
    }
}
