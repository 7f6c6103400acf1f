package io.certdesk.portal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.WriteMode;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.internal.CertificateMaker;
import io.certdesk.portal.internal.CertificateRecord;
import io.certdesk.portal.internal.GroupUsers;
import io.certdesk.portal.internal.Identifiers;
import io.certdesk.portal.internal.PasswordHash;
import io.certdesk.portal.internal.PortalCa;
import io.certdesk.portal.internal.PortalSettings;
import io.certdesk.portal.internal.RecordStore;
import io.certdesk.portal.internal.VendorPkcs12;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Creates certificates for a group the way the service does when it mails the administrator a roster:
 * for each user a key pair (made now), a client certificate from the portal's intermediate CA, a
 * certificate number, a random retrieval password and the PKCS#12 the portal will serve, encrypted with
 * that password. The portal keeps only a hash of the password.
 */
public final class Provisioner {

    /** The file name the portal gives every PKCS#12, as the trust-bank portal does. */
    public static final String FILE_NAME = "EndUser.p12"; //$NON-NLS-1$

    private final PortalDataFolder folder;
    private final Clock clock;
    private final Provider provider;
    private final SecureRandom random = new SecureRandom();

    /**
     * A provisioner on its own Bouncy Castle provider instance. Callers use this rather than passing
     * {@code new BouncyCastleProvider()}: that expression in a caller's class makes the JVM load the provider's class
     * (and check the signature of its jar) when it links the caller, which for the job service is at every start.
     */
    public Provisioner(PortalDataFolder folder, Clock clock) {
        this(folder, clock, new BouncyCastleProvider());
    }

    /**
     * @param provider the Bouncy Castle provider instance used for the PKCS#12 encryption (not registered
     *                 globally by this class)
     */
    public Provisioner(PortalDataFolder folder, Clock clock, Provider provider) {
        this.folder = Objects.requireNonNull(folder, "folder"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
        this.provider = Objects.requireNonNull(provider, "provider"); //$NON-NLS-1$
    }

    /** Issues the certificates; the caller clears the returned passwords when done. */
    public List<IssuedCertificate> provision(ProvisioningRequest request) throws PortalException {
        Objects.requireNonNull(request, "request"); //$NON-NLS-1$
        if (!Identifiers.GROUP_ID.matcher(request.groupId()).matches()) {
            throw new PortalException(ErrorCode.STORE_SETTINGS_INVALID, "The group ID '" + request.groupId() //$NON-NLS-1$
                    + "' is not valid: use 1-32 upper-case letters A-Z, digits and hyphens."); //$NON-NLS-1$
        }
        try {
            OwnerOnly.directories(folder.root());
            PortalSettings settings = settings(request);
            CertificateMaker maker = new CertificateMaker(random);
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            PortalCa ca = PortalCa.loadOrCreate(folder, settings, maker, now);
            OwnerOnly.directories(folder.groupFolder(request.groupId()));
            GroupUsers users = GroupUsers.load(folder.groupFolder(request.groupId()));
            List<PortalUser> recipients;
            if (request.renewal()) {
                recipients = users.all();
                if (recipients.isEmpty()) {
                    throw new PortalException(ErrorCode.STORE_SETTINGS_INVALID, "Group " + request.groupId() //$NON-NLS-1$
                            + " has no users yet, so there is nothing to renew: provision it without --renew first."); //$NON-NLS-1$
                }
            } else {
                recipients = users.add(request.count(), request.seed().orElse((long) request.groupId().hashCode()));
            }
            return issueAll(request, recipients, settings, ca, maker, now);
        } catch (IOException e) {
            throw new PortalException(ErrorCode.STORE_CANNOT_ADD,
                    "The portal data folder " + folder.root() + " cannot be written: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (GeneralSecurityException e) {
            throw new PortalException(ErrorCode.UNKNOWN, "A certificate could not be made: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * Issues on every processor at once (key generation and the PKCS#12 encryption dominate), keeping the users'
     * order; when one fails, the passwords already made are cleared and the first failure is thrown.
     */
    private List<IssuedCertificate> issueAll(ProvisioningRequest request, List<PortalUser> recipients,
            PortalSettings settings, PortalCa ca, CertificateMaker maker, Instant now)
            throws IOException, GeneralSecurityException {
        int threads = Math.max(1, Math.min(recipients.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<KeyPair> pool = keyPool(request.keyPool(), maker, executor);
            Set<String> numbers = ConcurrentHashMap.newKeySet();
            List<Future<IssuedCertificate>> pending = new ArrayList<>();
            for (int i = 0; i < recipients.size(); i++) {
                PortalUser user = recipients.get(i);
                Optional<KeyPair> shared = pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(i % pool.size()));
                pending.add(executor.submit(() -> issue(request, user, settings, ca, maker, now,
                        shared.isPresent() ? shared.get() : maker.rsaKeyPair(), numbers)));
            }
            return collect(pending);
        } finally {
            executor.shutdownNow();
        }
    }

    private static List<KeyPair> keyPool(int size, CertificateMaker maker, ExecutorService executor)
            throws IOException, GeneralSecurityException {
        List<Future<KeyPair>> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            keys.add(executor.submit(maker::rsaKeyPair));
        }
        List<KeyPair> pool = new ArrayList<>();
        for (Future<KeyPair> key : keys) {
            pool.add(result(key));
        }
        return pool;
    }

    private static List<IssuedCertificate> collect(List<Future<IssuedCertificate>> pending)
            throws IOException, GeneralSecurityException {
        List<IssuedCertificate> issued = new ArrayList<>();
        try {
            for (Future<IssuedCertificate> one : pending) {
                issued.add(result(one));
            }
            return issued;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            pending.forEach(one -> one.cancel(true));
            for (Future<IssuedCertificate> one : pending) {
                if (one.state() == Future.State.SUCCESS) {
                    one.resultNow().clear();
                }
            }
            throw e;
        }
    }

    private static <T> T result(Future<T> future) throws IOException, GeneralSecurityException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("provisioning was interrupted"); //$NON-NLS-1$
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof GeneralSecurityException security) {
                throw security;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private PortalSettings settings(ProvisioningRequest request) throws IOException {
        if (PortalSettings.exists(folder)) {
            return PortalSettings.load(folder);
        }
        PortalSettings settings = new PortalSettings(request.repositoryUrl().orElse(PortalSettings.DEFAULT_REPOSITORY),
                request.organization().orElse(PortalSettings.DEFAULT_ORGANIZATION));
        settings.save(folder);
        return settings;
    }

    private IssuedCertificate issue(ProvisioningRequest request, PortalUser user, PortalSettings settings, PortalCa ca,
            CertificateMaker maker, Instant now, KeyPair key, Set<String> numbers)
            throws IOException, GeneralSecurityException {
        Identifiers identifiers = new Identifiers(random);
        String number;
        do {
            number = identifiers.certificateNumber();
        } while (!numbers.add(number) || Files.exists(RecordStore.recordFile(folder, request.groupId(), number)));
        Instant notAfter = now.atZone(ZoneId.of("Asia/Tokyo")).plusMonths(request.validityMonths()).toInstant(); //$NON-NLS-1$
        X509Certificate certificate = maker.client(new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP") //$NON-NLS-1$
                .addRDN(BCStyle.O, settings.organization()).addRDN(BCStyle.OU, user.department())
                .addRDN(BCStyle.CN, user.name()).build(), user.email(), key.getPublic(), ca.intermediate(),
                now.minus(5, ChronoUnit.MINUTES), notAfter, settings.intermediateUrl().toString());
        List<X509Certificate> chain = switch (request.chain()) {
            case LEAF -> List.of(certificate);
            case INTERMEDIATE -> List.of(certificate, ca.intermediate().certificate());
            case FULL -> List.of(certificate, ca.intermediate().certificate(), ca.root());
        };
        char[] password = identifiers.retrievalPassword();
        try {
            byte[] pkcs12 = new VendorPkcs12(provider, random).build(key.getPrivate(), chain, number, password);
            Path groupFolder = folder.groupFolder(request.groupId());
            DurableFiles.write(groupFolder.resolve(number + ".p12"), pkcs12, WriteMode.REPLACE); //$NON-NLS-1$
            PasswordHash hash = PasswordHash.of(password, random);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("group", request.groupId()); //$NON-NLS-1$
            values.put("number", number); //$NON-NLS-1$
            values.put("name", user.name()); //$NON-NLS-1$
            values.put("email", user.email()); //$NON-NLS-1$
            values.put("department", user.department()); //$NON-NLS-1$
            values.put("chain", request.chain().option()); //$NON-NLS-1$
            values.put("serial", certificate.getSerialNumber().toString(16)); //$NON-NLS-1$
            values.put("not.after", notAfter.toString()); //$NON-NLS-1$
            values.put("issued", now.toString()); //$NON-NLS-1$
            values.put("renewal", Boolean.toString(request.renewal())); //$NON-NLS-1$
            values.put("file.name", FILE_NAME); //$NON-NLS-1$
            values.put("password.salt", hash.salt()); //$NON-NLS-1$
            values.put("password.hash", hash.hash()); //$NON-NLS-1$
            values.put("password.iterations", Integer.toString(hash.iterations())); //$NON-NLS-1$
            CertificateRecord.create(RecordStore.recordFile(folder, request.groupId(), number), values);
            return new IssuedCertificate(user, request.groupId(), number, password, certificate, request.chain());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The default roster file for a provisioning made now: {@code rosters/G-yyyyMMdd-HHmmss.csv}. */
    public Path defaultRosterFile(String groupId) {
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss") //$NON-NLS-1$
                .format(clock.instant().atZone(ZoneId.of("Asia/Tokyo"))); //$NON-NLS-1$
        return folder.rostersFolder().resolve(groupId + '-' + stamp + ".csv"); //$NON-NLS-1$
    }

}
