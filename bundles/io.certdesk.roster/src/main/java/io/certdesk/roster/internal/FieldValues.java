package io.certdesk.roster.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;

/**
 * How roster cells spell the per-row delivery channel and export profile, in Japanese and English, mapped onto the
 * product's one vocabulary for each: delivery's {@link DeliveryChannel} and crypto's {@link ExportProfile}. The
 * roster defines spellings only, never values of its own.
 */
public final class FieldValues {

    private static final Map<String, DeliveryChannel> CHANNEL_SPELLINGS = Map.ofEntries(
            Map.entry("mail", DeliveryChannel.MAIL), Map.entry("email", DeliveryChannel.MAIL), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("e-mail", DeliveryChannel.MAIL), Map.entry("メール", DeliveryChannel.MAIL), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("電子メール", DeliveryChannel.MAIL), //$NON-NLS-1$
            Map.entry("handout", DeliveryChannel.HANDOUT), Map.entry("print", DeliveryChannel.HANDOUT), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("printed", DeliveryChannel.HANDOUT), Map.entry("paper", DeliveryChannel.HANDOUT), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("手渡し", DeliveryChannel.HANDOUT), Map.entry("印刷", DeliveryChannel.HANDOUT), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("紙", DeliveryChannel.HANDOUT), Map.entry("配布用紙", DeliveryChannel.HANDOUT), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("manual", DeliveryChannel.MANUAL), Map.entry("by hand", DeliveryChannel.MANUAL), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("手動", DeliveryChannel.MANUAL), //$NON-NLS-1$
            Map.entry("shared-folder", DeliveryChannel.MANUAL), Map.entry("shared folder", DeliveryChannel.MANUAL), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("share", DeliveryChannel.MANUAL), Map.entry("folder", DeliveryChannel.MANUAL), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("共有フォルダ", DeliveryChannel.MANUAL), Map.entry("共有", DeliveryChannel.MANUAL)); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Map<String, ExportProfile> PROFILE_SPELLINGS = Map.of("modern", ExportProfile.MODERN, //$NON-NLS-1$
            "標準", ExportProfile.MODERN, "最新", ExportProfile.MODERN, "compat", ExportProfile.COMPAT, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "compatible", ExportProfile.COMPAT, "互換", ExportProfile.COMPAT, "legacy", ExportProfile.COMPAT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private FieldValues() {
    }

    /** The channel a cell names (any case, surrounding blanks ignored), if it is one of the spellings. */
    public static Optional<DeliveryChannel> channel(String value) {
        return Optional.ofNullable(CHANNEL_SPELLINGS.get(value.strip().toLowerCase(Locale.ROOT)));
    }

    /** The export profile a cell names, if it is one of the spellings. */
    public static Optional<ExportProfile> profile(String value) {
        return Optional.ofNullable(PROFILE_SPELLINGS.get(value.strip().toLowerCase(Locale.ROOT)));
    }

    /** The channels, as findings list them: {@code mail, handout, manual}. */
    public static String knownChannels() {
        return Arrays.stream(DeliveryChannel.values()).map(DeliveryChannel::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    /** The export profiles, as findings list them: {@code modern, compat}. */
    public static String knownProfiles() {
        return Arrays.stream(ExportProfile.values()).map(ExportProfile::id).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }
}
