package io.certdesk.workspace.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed half of the audit log: HMAC-SHA256 under a key derived from the workspace key
 * ({@code SecretBox.subkey("audit-mac")}), so only the key holder can write records or a head that verify.
 * <ul>
 * <li>a record's MAC covers its sequence number, its hash (which covers every field and the previous hash)
 * and the previous record's MAC; record 1's previous MAC is {@link #genesis()};</li>
 * <li>the head's seal covers the record count and the last record's MAC.</li>
 * </ul>
 * Someone who holds the files but not the passphrase can recompute the SHA-256 chain, never these.
 */
public final class AuditSeal implements AutoCloseable {

    /** The purpose label of the audit key. */
    public static final String PURPOSE = "audit-mac"; //$NON-NLS-1$

    private final byte[] key;
    private final String workspaceId;

    /** Takes a copy of the key. */
    public AuditSeal(byte[] key, String workspaceId) {
        this.key = key.clone();
        this.workspaceId = workspaceId;
    }

    public String genesis() {
        return mac("genesis", workspaceId); //$NON-NLS-1$
    }

    public String record(long sequence, String hash, String previousMac) {
        return mac("record", Long.toString(sequence), hash, previousMac); //$NON-NLS-1$
    }

    public String head(long count, String lastMac) {
        return mac("head", Long.toString(count), lastMac); //$NON-NLS-1$
    }

    /** Compares two MACs in constant time. */
    public static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String... fields) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(key, "HmacSHA256")); //$NON-NLS-1$
            for (String field : fields) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                mac.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
                mac.update(bytes);
                mac.update((byte) ';');
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e); //$NON-NLS-1$
        }
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}
