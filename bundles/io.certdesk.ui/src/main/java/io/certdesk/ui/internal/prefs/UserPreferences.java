package io.certdesk.ui.internal.prefs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;
import io.certdesk.ui.internal.watch.WatchSettings;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The administrator's own preferences (File &gt; Preferences), kept per user in the instance preference node
 * {@value #NODE}: the watching settings, the language of the window and the date style. The language is also written
 * to a small owner-only file in the user's configuration folder, which the start script reads without starting Java
 * and turns into {@code -nl ja} or {@code -nl en} at the next start (no file: the operating system's language).
 */
public record UserPreferences(WatchSettings watch, Language language, DateStyle dates) {

    public static final String NODE = "io.certdesk.ui"; //$NON-NLS-1$
    public static final String LANGUAGE = "language"; //$NON-NLS-1$
    public static final String DATE_STYLE = "date.style"; //$NON-NLS-1$
    /** Overrides the user's configuration folder (tests). */
    public static final String CONFIG_FOLDER_PROPERTY = "certdesk.config.folder"; //$NON-NLS-1$
    /** The file the start scripts read, in the configuration folder. */
    public static final String LANGUAGE_FILE = "language"; //$NON-NLS-1$

    public UserPreferences {
        Objects.requireNonNull(watch, "watch"); //$NON-NLS-1$
        Objects.requireNonNull(language, "language"); //$NON-NLS-1$
        Objects.requireNonNull(dates, "dates"); //$NON-NLS-1$
    }

    public static UserPreferences defaults() {
        return new UserPreferences(WatchSettings.defaults(), Language.FOLLOW_OS, DateStyle.WESTERN);
    }

    public static UserPreferences read(Preferences node) {
        return new UserPreferences(WatchSettings.read(node), Language.of(node.get(LANGUAGE, "")), //$NON-NLS-1$
                DateStyle.of(node.get(DATE_STYLE, "")));  //$NON-NLS-1$
    }

    /** Stores the preferences in {@code node} and flushes it; then the language file for the start script. */
    public void write(Preferences node, Path configFolder) throws BackingStoreException, IOException {
        watch.write(node);
        node.put(LANGUAGE, language.key());
        node.put(DATE_STYLE, dates.key());
        node.flush();
        writeLanguage(configFolder, language);
    }

    /**
     * The start script's language file: one line, {@code ja} or {@code en}, owner-only in an owner-only folder; no
     * file for the operating system's language.
     */
    public static void writeLanguage(Path configFolder, Language language) throws IOException {
        Path file = configFolder.resolve(LANGUAGE_FILE);
        if (language == Language.FOLLOW_OS) {
            Files.deleteIfExists(file);
            return;
        }
        OwnerOnly.directories(configFolder);
        DurableFiles.write(file, (language.nl() + "\n").getBytes(StandardCharsets.US_ASCII), WriteMode.REPLACE); //$NON-NLS-1$
    }

    /**
     * The user's configuration folder, as the start scripts know it: {@code %APPDATA%\CertDesk} on Windows,
     * {@code ~/Library/Application Support/CertDesk} on macOS, {@code $XDG_CONFIG_HOME/certdesk} (by default
     * {@code ~/.config/certdesk}) elsewhere.
     */
    public static Path configFolder() {
        String override = System.getProperty(CONFIG_FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        Path home = Path.of(System.getProperty("user.home")); //$NON-NLS-1$
        if (os.startsWith("windows")) { //$NON-NLS-1$
            String appData = System.getenv("APPDATA"); //$NON-NLS-1$
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") //$NON-NLS-1$ //$NON-NLS-2$
                    : Path.of(appData)).resolve("CertDesk"); //$NON-NLS-1$
        }
        if (os.startsWith("mac")) { //$NON-NLS-1$
            return home.resolve("Library").resolve("Application Support").resolve("CertDesk"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String xdg = System.getenv("XDG_CONFIG_HOME"); //$NON-NLS-1$
        return (xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".config") : Path.of(xdg)) //$NON-NLS-1$
                .resolve("certdesk"); //$NON-NLS-1$
    }
}
