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

    public static String e101_message;
    public static String e101_cause;
    public static String e101_remedy;
    public static String e102_message;
    public static String e102_cause;
    public static String e102_remedy;
    public static String e103_message;
    public static String e103_cause;
    public static String e103_remedy;
    public static String e104_message;
    public static String e104_cause;
    public static String e104_remedy;
    public static String e105_message;
    public static String e105_cause;
    public static String e105_remedy;
    public static String e106_message;
    public static String e106_cause;
    public static String e106_remedy;
    public static String e107_message;
    public static String e107_cause;
    public static String e107_remedy;
    public static String e108_message;
    public static String e108_cause;
    public static String e108_remedy;
    public static String e109_message;
    public static String e109_cause;
    public static String e109_remedy;
    public static String e110_message;
    public static String e110_cause;
    public static String e110_remedy;
    public static String e111_message;
    public static String e111_cause;
    public static String e111_remedy;
    public static String e112_message;
    public static String e112_cause;
    public static String e112_remedy;
    public static String e113_message;
    public static String e113_cause;
    public static String e113_remedy;
    public static String e114_message;
    public static String e114_cause;
    public static String e114_remedy;
    public static String e115_message;
    public static String e115_cause;
    public static String e115_remedy;
    public static String e116_message;
    public static String e116_cause;
    public static String e116_remedy;
    public static String e117_message;
    public static String e117_cause;
    public static String e117_remedy;
    public static String e118_message;
    public static String e118_cause;
    public static String e118_remedy;
    public static String e201_message;
    public static String e201_cause;
    public static String e201_remedy;
    public static String e202_message;
    public static String e202_cause;
    public static String e202_remedy;
    public static String e203_message;
    public static String e203_cause;
    public static String e203_remedy;
    public static String e204_message;
    public static String e204_cause;
    public static String e204_remedy;
    public static String e205_message;
    public static String e205_cause;
    public static String e205_remedy;
    public static String e206_message;
    public static String e206_cause;
    public static String e206_remedy;
    public static String e207_message;
    public static String e207_cause;
    public static String e207_remedy;
    public static String e208_message;
    public static String e208_cause;
    public static String e208_remedy;
    public static String e209_message;
    public static String e209_cause;
    public static String e209_remedy;
    public static String e210_message;
    public static String e210_cause;
    public static String e210_remedy;
    public static String e211_message;
    public static String e211_cause;
    public static String e211_remedy;
    public static String e212_message;
    public static String e212_cause;
    public static String e212_remedy;
    public static String e213_message;
    public static String e213_cause;
    public static String e213_remedy;
    public static String e214_message;
    public static String e214_cause;
    public static String e214_remedy;
    public static String e215_message;
    public static String e215_cause;
    public static String e215_remedy;
    public static String e301_message;
    public static String e301_cause;
    public static String e301_remedy;
    public static String e302_message;
    public static String e302_cause;
    public static String e302_remedy;
    public static String e303_message;
    public static String e303_cause;
    public static String e303_remedy;
    public static String e304_message;
    public static String e304_cause;
    public static String e304_remedy;
    public static String e305_message;
    public static String e305_cause;
    public static String e305_remedy;
    public static String e306_message;
    public static String e306_cause;
    public static String e306_remedy;
    public static String e307_message;
    public static String e307_cause;
    public static String e307_remedy;
    public static String e308_message;
    public static String e308_cause;
    public static String e308_remedy;
    public static String e309_message;
    public static String e309_cause;
    public static String e309_remedy;
    public static String e401_message;
    public static String e401_cause;
    public static String e401_remedy;
    public static String e402_message;
    public static String e402_cause;
    public static String e402_remedy;
    public static String e403_message;
    public static String e403_cause;
    public static String e403_remedy;
    public static String e404_message;
    public static String e404_cause;
    public static String e404_remedy;
    public static String e405_message;
    public static String e405_cause;
    public static String e405_remedy;
    public static String e406_message;
    public static String e406_cause;
    public static String e406_remedy;
    public static String e407_message;
    public static String e407_cause;
    public static String e407_remedy;
    public static String e408_message;
    public static String e408_cause;
    public static String e408_remedy;
    public static String e409_message;
    public static String e409_cause;
    public static String e409_remedy;
    public static String e410_message;
    public static String e410_cause;
    public static String e410_remedy;
    public static String e411_message;
    public static String e411_cause;
    public static String e411_remedy;
    public static String e412_message;
    public static String e412_cause;
    public static String e412_remedy;
    public static String e413_message;
    public static String e413_cause;
    public static String e413_remedy;
    public static String e414_message;
    public static String e414_cause;
    public static String e414_remedy;
    public static String e415_message;
    public static String e415_cause;
    public static String e415_remedy;
    public static String e501_message;
    public static String e501_cause;
    public static String e501_remedy;
    public static String e502_message;
    public static String e502_cause;
    public static String e502_remedy;
    public static String e503_message;
    public static String e503_cause;
    public static String e503_remedy;
    public static String e504_message;
    public static String e504_cause;
    public static String e504_remedy;
    public static String e505_message;
    public static String e505_cause;
    public static String e505_remedy;
    public static String e601_message;
    public static String e601_cause;
    public static String e601_remedy;
    public static String e602_message;
    public static String e602_cause;
    public static String e602_remedy;
    public static String e603_message;
    public static String e603_cause;
    public static String e603_remedy;
    public static String e604_message;
    public static String e604_cause;
    public static String e604_remedy;
    public static String e605_message;
    public static String e605_cause;
    public static String e605_remedy;
    public static String e606_message;
    public static String e606_cause;
    public static String e606_remedy;
    public static String e607_message;
    public static String e607_cause;
    public static String e607_remedy;
    public static String e608_message;
    public static String e608_cause;
    public static String e608_remedy;
    public static String e609_message;
    public static String e609_cause;
    public static String e609_remedy;
    public static String e610_message;
    public static String e610_cause;
    public static String e610_remedy;
    public static String e611_message;
    public static String e611_cause;
    public static String e611_remedy;
    public static String e612_message;
    public static String e612_cause;
    public static String e612_remedy;
    public static String e990_message;
    public static String e990_cause;
    public static String e990_remedy;
    public static String e1103_message;
    public static String e1103_cause;
    public static String e1103_remedy;

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
