package io.certdesk.roster.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values CertDesk knows for the per-row delivery channel and export profile, with their Japanese and
 * English spellings.
 */
public final class FieldValues {

    /** Canonical delivery channels. */
    public static final List<String> CHANNELS = List.of("mail", "shared-folder", "handout"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    /** Canonical export profiles (see the crypto bundle's ExportProfile). */
    public static final List<String> PROFILES = List.of("modern", "compat"); //$NON-NLS-1$ //$NON-NLS-2$

    private static final Map<String, String> CHANNEL_ALIASES = Map.ofEntries(
            Map.entry("mail", "mail"), Map.entry("email", "mail"), Map.entry("e-mail", "mail"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            Map.entry("メール", "mail"), Map.entry("電子メール", "mail"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("shared-folder", "shared-folder"), Map.entry("shared folder", "shared-folder"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("share", "shared-folder"), Map.entry("folder", "shared-folder"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("共有フォルダ", "shared-folder"), Map.entry("共有", "shared-folder"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            Map.entry("handout", "handout"), Map.entry("print", "handout"), Map.entry("printed", "handout"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            Map.entry("paper", "handout"), Map.entry("手渡し", "handout"), Map.entry("印刷", "handout"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            Map.entry("紙", "handout")); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Map<String, String> PROFILE_ALIASES = Map.of("modern", "modern", "標準", "modern", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "最新", "modern", "compat", "compat", "compatible", "compat", "互換", "compat", "legacy", "compat"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

    private FieldValues() {
    }

    public static Optional<String> channel(String value) {
        return Optional.ofNullable(CHANNEL_ALIASES.get(value.toLowerCase(Locale.ROOT)));
    }

    public static Optional<String> profile(String value) {
        return Optional.ofNullable(PROFILE_ALIASES.get(value.toLowerCase(Locale.ROOT)));
    }
}
