package io.certdesk.core.internal.errors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

/**
 * The catalogue texts in the default locale, loaded by Eclipse NLS. Each code has three keys and
 * fields: {@code e201_message}, {@code e201_cause} and {@code e201_remedy}.
 */
public final class ErrorMessages extends NLS {
    static final String BUNDLE_NAME = "io.certdesk.core.internal.errors.errors"; //$NON-NLS-1$

    public static String e101_message, e101_cause, e101_remedy;
    public static String e102_message, e102_cause, e102_remedy;
    public static String e103_message, e103_cause, e103_remedy;
    public static String e104_message, e104_cause, e104_remedy;
    public static String e105_message, e105_cause, e105_remedy;
    public static String e106_message, e106_cause, e106_remedy;
    public static String e107_message, e107_cause, e107_remedy;
    public static String e108_message, e108_cause, e108_remedy;
    public static String e109_message, e109_cause, e109_remedy;
    public static String e110_message, e110_cause, e110_remedy;
    public static String e111_message, e111_cause, e111_remedy;
    public static String e112_message, e112_cause, e112_remedy;
    public static String e113_message, e113_cause, e113_remedy;
    public static String e114_message, e114_cause, e114_remedy;
    public static String e115_message, e115_cause, e115_remedy;
    public static String e116_message, e116_cause, e116_remedy;
    public static String e117_message, e117_cause, e117_remedy;
    public static String e118_message, e118_cause, e118_remedy;
    public static String e201_message, e201_cause, e201_remedy;
    public static String e202_message, e202_cause, e202_remedy;
    public static String e203_message, e203_cause, e203_remedy;
    public static String e204_message, e204_cause, e204_remedy;
    public static String e205_message, e205_cause, e205_remedy;
    public static String e206_message, e206_cause, e206_remedy;
    public static String e207_message, e207_cause, e207_remedy;
    public static String e208_message, e208_cause, e208_remedy;
    public static String e209_message, e209_cause, e209_remedy;
    public static String e210_message, e210_cause, e210_remedy;
    public static String e211_message, e211_cause, e211_remedy;
    public static String e212_message, e212_cause, e212_remedy;
    public static String e213_message, e213_cause, e213_remedy;
    public static String e214_message, e214_cause, e214_remedy;
    public static String e301_message, e301_cause, e301_remedy;
    public static String e302_message, e302_cause, e302_remedy;
    public static String e303_message, e303_cause, e303_remedy;
    public static String e304_message, e304_cause, e304_remedy;
    public static String e501_message, e501_cause, e501_remedy;
    public static String e502_message, e502_cause, e502_remedy;
    public static String e503_message, e503_cause, e503_remedy;
    public static String e504_message, e504_cause, e504_remedy;
    public static String e505_message, e505_cause, e505_remedy;
    public static String e990_message, e990_cause, e990_remedy;
    public static String e1103_message, e1103_cause, e1103_remedy;

    private static final Map<String, String> BY_KEY = new ConcurrentHashMap<>();

    static {
        NLS.initializeMessages(BUNDLE_NAME, ErrorMessages.class);
    }

    private ErrorMessages() {
    }

    /** The text for a key such as {@code e201_message}, or null when there is no such field. */
    static String text(String key) {
        return BY_KEY.computeIfAbsent(key, k -> {
            try {
                Object value = ErrorMessages.class.getField(k).get(null);
                return value instanceof String s ? s : ""; //$NON-NLS-1$
            } catch (ReflectiveOperationException e) {
                return ""; //$NON-NLS-1$
            }
        }).transform(s -> s.isEmpty() ? null : s);
    }
}
