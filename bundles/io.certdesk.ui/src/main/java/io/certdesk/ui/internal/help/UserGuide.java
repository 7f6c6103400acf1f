package io.certdesk.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.certdesk.ui.internal.help.GuideText.Heading;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The user guide bundled with the product: {@code guide/user-guide.md} and {@code guide/user-guide.ja.md} in this
 * bundle, copied from {@code docs/} by the build (the docs are the single source). The Japanese guide's headings take
 * the English guide's anchors by position (both guides have the same headings in the same order), so the F1 table
 * below names each section once for both languages.
 */
public final class UserGuide {

    /** F1: the section of each part (its element ID) and dialog (its class's simple name). */
    public static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("io.certdesk.ui.part.entries", "working-on-a-selection"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("io.certdesk.ui.part.activity", "run-and-deliver"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("io.certdesk.ui.part.details", "details"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("io.certdesk.ui.part.audit", "results-and-audit"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("io.certdesk.ui.part.renewals", "renewal-planner"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("io.certdesk.ui.part.log", "run-and-deliver"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("SettingsDialog", "workspace-settings"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("ErrorCodesDialog", "error-codes"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("NewWorkspaceWizard", "new-workspace"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("ImportRosterWizard", "import-roster"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("ImportResultDialog", "import-roster"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("HandOverDialog", "working-on-a-selection"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("PassphraseDialog", "starting")); //$NON-NLS-1$ //$NON-NLS-2$

    private UserGuide() {
    }

    /** The guide's Markdown for a language ("ja" or anything else for English). */
    public static String markdown(String language) {
        String path = "ja".equals(language) ? "guide/user-guide.ja.md" : "guide/user-guide.md"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Bundle bundle = FrameworkUtil.getBundle(UserGuide.class);
        URL url = bundle == null ? UserGuide.class.getClassLoader().getResource(path) : bundle.getEntry(path);
        if (url == null && "ja".equals(language)) {
            return markdown("en"); //$NON-NLS-1$
        }
        if (url == null) {
            throw new IllegalStateException(path + " is missing from io.certdesk.ui"); //$NON-NLS-1$
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The guide in a language, its headings carrying the English anchors. */
    public static GuideText load(String language) {
        GuideText guide = GuideRenderer.render(markdown(language));
        if (!"ja".equals(language)) { //$NON-NLS-1$
            return guide;
        }
        List<Heading> english = GuideRenderer.render(markdown("en")).headings(); //$NON-NLS-1$
        List<Heading> own = guide.headings();
        List<Heading> anchored = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            Heading h = own.get(i);
            String anchor = i < english.size() && english.get(i).level() == h.level() ? english.get(i).anchor()
                    : h.anchor();
            anchored.add(new Heading(h.level(), h.title(), anchor, h.offset()));
        }
        return new GuideText(guide.text(), guide.runs(), List.copyOf(anchored));
    }

    /** The UI's language: "ja" when the workbench runs in Japanese, else "en". */
    public static String language() {
        return "ja".equals(Locale.getDefault().getLanguage()) ? "ja" : "en"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
