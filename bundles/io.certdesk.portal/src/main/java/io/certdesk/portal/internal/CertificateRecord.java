package io.certdesk.portal.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.certdesk.portal.ChainScope;

/**
 * What the portal knows about one certificate: who it is for, the retrieval password's hash, where its
 * PKCS#12 is, and the download state (first download, wrong passwords in a row, lock). The mutable part
 * is guarded by the record's monitor and saved after every change.
 */
public final class CertificateRecord {

    private final Path file;
    private final String groupId;
    private final String number;
    private final String email;
    private final ChainScope chain;
    private final PasswordHash password;
    private final String fileName;
    private final Instant issued;
    private final Map<String, String> fixed;
    private Optional<Instant> firstDownload;
    private int failures;
    private Optional<Instant> lockedUntil;

    private CertificateRecord(Path file, Properties p) {
        this.file = file;
        this.groupId = required(p, "group"); //$NON-NLS-1$
        this.number = required(p, "number"); //$NON-NLS-1$
        this.email = required(p, "email"); //$NON-NLS-1$
        this.chain = ChainScope.ofOption(required(p, "chain")); //$NON-NLS-1$
        this.password = new PasswordHash(required(p, "password.salt"), required(p, "password.hash"), //$NON-NLS-1$ //$NON-NLS-2$
                Integer.parseInt(required(p, "password.iterations"))); //$NON-NLS-1$
        this.fileName = required(p, "file.name"); //$NON-NLS-1$
        this.issued = Instant.parse(required(p, "issued")); //$NON-NLS-1$
        this.firstDownload = Optional.ofNullable(p.getProperty("first.download")).map(Instant::parse); //$NON-NLS-1$
        this.failures = Integer.parseInt(p.getProperty("failures", "0")); //$NON-NLS-1$ //$NON-NLS-2$
        this.lockedUntil = Optional.ofNullable(p.getProperty("locked.until")).map(Instant::parse); //$NON-NLS-1$
        this.fixed = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.equals("first.download") && !key.equals("failures") && !key.equals("locked.until")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                fixed.put(key, p.getProperty(key));
            }
        }
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing entry " + key); //$NON-NLS-1$
        }
        return value.strip();
    }

    public static CertificateRecord load(Path file) throws IOException {
        try {
            return new CertificateRecord(file, PropertiesFiles.read(file));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** Writes a new record for a certificate just issued. */
    public static CertificateRecord create(Path file, Map<String, String> values) throws IOException {
        PropertiesFiles.write(file, values, header(values.get("number"))); //$NON-NLS-1$
        return load(file);
    }

    private static String header(String number) {
        return "CertDesk reference portal: certificate " + number + ". Secret: owner-only."; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public String groupId() {
        return groupId;
    }

    public String number() {
        return number;
    }

    public String email() {
        return email;
    }

    public ChainScope chain() {
        return chain;
    }

    public PasswordHash password() {
        return password;
    }

    public String fileName() {
        return fileName;
    }

    public Instant issued() {
        return issued;
    }

    /** The PKCS#12 file next to the record. */
    public Path pkcs12File() {
        return file.resolveSibling(number + ".p12"); //$NON-NLS-1$
    }

    synchronized Optional<Instant> firstDownload() {
        return firstDownload;
    }

    synchronized void firstDownload(Instant when) throws IOException {
        firstDownload = Optional.of(when);
        save();
    }

    synchronized int failures() {
        return failures;
    }

    synchronized Optional<Instant> lockedUntil() {
        return lockedUntil;
    }

    synchronized void failuresAndLock(int newFailures, Optional<Instant> newLock) throws IOException {
        if (failures != newFailures || !lockedUntil.equals(newLock)) {
            failures = newFailures;
            lockedUntil = newLock;
            save();
        }
    }

    private void save() throws IOException {
        Map<String, String> values = new LinkedHashMap<>(fixed);
        firstDownload.ifPresent(t -> values.put("first.download", t.toString())); //$NON-NLS-1$
        values.put("failures", Integer.toString(failures)); //$NON-NLS-1$
        lockedUntil.ifPresent(t -> values.put("locked.until", t.toString())); //$NON-NLS-1$
        PropertiesFiles.write(file, values, header(number));
    }
}
