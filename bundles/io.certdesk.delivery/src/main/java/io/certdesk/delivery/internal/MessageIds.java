package io.certdesk.delivery.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Message-IDs that are unique without coordination: 128 random bits at the sender's domain. */
public final class MessageIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageIds() {
    }

    /** A new id such as {@code <certdesk.3f2a...@example.co.jp>}. */
    public static String create(String domain) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "<certdesk." + HexFormat.of().formatHex(bytes) + "@" + domain + ">"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
