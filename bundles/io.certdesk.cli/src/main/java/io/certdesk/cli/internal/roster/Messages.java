package io.certdesk.cli.internal.roster;

import java.lang.reflect.Field;

import io.certdesk.roster.Severity;
import org.eclipse.osgi.util.NLS;

/** Localised messages of {@code certdesk roster check} (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.certdesk.cli.internal.roster.messages"; //$NON-NLS-1$

    public static String severity_INFO;
    public static String severity_WARNING;
    public static String severity_ERROR;
    public static String cliFile;
    public static String cliEncoding;
    public static String cliSheet;
    public static String cliHeaderRow;
    public static String cliMapping;
    public static String cliColumn;
    public static String cliNotFound;
    public static String cliFindings;
    public static String cliBadEncoding;
    public static String cliBadMaxRows;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** A severity's name for people. */
    public static String severity(Severity severity) {
        try {
            Field field = Messages.class.getField("severity_" + severity.name()); //$NON-NLS-1$
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            return severity.name();
        }
    }
}
