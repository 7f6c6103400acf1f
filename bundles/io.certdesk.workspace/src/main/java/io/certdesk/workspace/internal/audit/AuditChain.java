package io.certdesk.workspace.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash of an audit record: SHA-256 over its fields, each written as its UTF-8 length, a colon and the bytes
 * (so no two different records encode the same), ending with the previous record's hash. The first record's
 * previous hash is the genesis value: SHA-256 of {@code certdesk-audit-genesis:} and the workspace id.
 */
public final class AuditChain {

    private AuditChain() {
    }

    public static String genesis(String workspaceId) {
        return sha256(("certdesk-audit-genesis:" + workspaceId).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    public static String hash(long seq, Instant at, String actor, String action, Optional<Long> entryId,
            String certificateNumber, String fingerprint, String detail, String previousHash) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] { Long.toString(seq), at.toString(), actor, action,
                entryId.map(String::valueOf).orElse(""), certificateNumber, fingerprint, detail, previousHash }) { //$NON-NLS-1$
            text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(';');
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
