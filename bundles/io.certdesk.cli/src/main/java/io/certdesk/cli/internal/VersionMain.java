package io.certdesk.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URL;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The start scripts' fast path for {@code certdesk --version} and {@code -V}: a plain {@code main} on the class
 * path of this bundle's jar alone, so the answer comes without starting the OSGi framework. It prints what the
 * {@code --version} of the command line prints ({@link ProductVersion}), from the same message texts, with
 * nothing from OSGi or Eclipse: only the JDK.
 */
public final class VersionMain {

    private static final String MESSAGES = "io.certdesk.cli.internal.messages"; //$NON-NLS-1$

    private VersionMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true);
        for (String line : lines(bundleVersion(), Locale.getDefault())) {
            out.println(line);
        }
    }

    /** The two lines of {@code --version} in the given language. */
    static List<String> lines(String version, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(MESSAGES, locale, VersionMain.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return List.of(format(texts.getString("versionLine"), locale, version), //$NON-NLS-1$
                format(texts.getString("runtimeLine"), locale, runtime())); //$NON-NLS-1$
    }

    /** The runtime line's arguments: Java version, vendor, system and architecture. */
    static Object[] runtime() {
        return new Object[] { Runtime.version(), System.getProperty("java.vendor"), //$NON-NLS-1$
                System.getProperty("os.name") + ' ' + System.getProperty("os.arch") }; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * This bundle's version, as OSGi reports it: the Bundle-Version of this bundle's own manifest, found beside this
     * class (in a jar on a long class path, {@code /META-INF/MANIFEST.MF} alone would name the first jar's).
     */
    static String bundleVersion() throws IOException {
        String self = VersionMain.class.getName().replace('.', '/') + ".class"; //$NON-NLS-1$
        URL classUrl = VersionMain.class.getClassLoader().getResource(self);
        if (classUrl == null) {
            throw new IOException(self + " is not readable as a resource"); //$NON-NLS-1$
        }
        String location = classUrl.toString();
        URL manifestUrl = URI.create(location.substring(0, location.length() - self.length()) + "META-INF/MANIFEST.MF") //$NON-NLS-1$
                .toURL();
        try (InputStream in = manifestUrl.openStream()) {
            String version = new Manifest(in).getMainAttributes().getValue(new Attributes.Name("Bundle-Version")); //$NON-NLS-1$
            if (version == null) {
                throw new IOException(manifestUrl + " has no Bundle-Version"); //$NON-NLS-1$
            }
            return version;
        }
    }
}
