package io.certdesk.workspace.internal.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.CertificateSummary;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.PasswordGenerator;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.TrustSettings;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.internal.DefaultWorkspace;
import io.certdesk.workspace.internal.Messages;
import io.certdesk.workspace.internal.vault.Vault;
import org.eclipse.osgi.util.NLS;

/** Verification and export on the PKCS#12 engine (CPU executor). */
final class CryptoSteps {

    private final DefaultWorkspace workspace;
    private final Pkcs12Engine engine;
    private final TrustSettings trust;
    private final WorkspaceSettings settings;
    /**
     * How long a verdict of this run's verify step stands for the export step of the same entry, which otherwise
     * verifies again (a resumed run, or an export long after its verification).
     */
    static final Duration TRUST_KEPT = Duration.ofMinutes(5);

    private final PasswordGenerator passwords = new PasswordGenerator();

    CryptoSteps(DefaultWorkspace workspace, Pkcs12Engine engine, TrustSettings trust, WorkspaceSettings settings) {
        this.workspace = workspace;
        this.engine = engine;
        this.trust = trust;
        this.settings = settings;
    }

    /** The stored raw copy when it is present and matches its recorded SHA-256. */
    Optional<byte[]> intactRaw(Entry entry) throws WorkspaceException {
        if (entry.rawSha256().isEmpty()) {
            return Optional.empty();
        }
        try {
            return workspace.vault().readIntact(Vault.Kind.RAW, entry.id(), entry.rawSha256().get());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads the file with the retrieval password, completes and verifies the chain, records VERIFIED. */
    Entry verify(Job job, byte[] raw) throws Pkcs12Exception, WorkspaceException {
        reread(job, raw);
        requireTrusted(job);
        job.trustedAt = workspace.clock().instant();
        CertificateSummary summary = CertificateSummary.of(job.contents.certificate());
        return workspace.recorder().verified(job.entry.id(), new CertificateInfo(summary.subject().rfc2253(),
                summary.issuer().rfc2253(), summary.serialHex(), summary.notBefore(), summary.notAfter(), summary.sha256(),
                summary.sha1()));
    }

    /**
     * Fails unless the job's chain ends at an anchor the workspace trusts and passes every check now. The chain and
     * the verdict are recorded either way ({@link io.certdesk.workspace.Workspace#chain}).
     */
    private void requireTrusted(Job job) throws Pkcs12Exception, WorkspaceException {
        ChainVerdict verdict = engine.verify(job.chain, trust, workspace.clock().instant());
        workspace.recorder().chainVerified(job.entry.id(), ChainRecords.of(verdict, trust));
        if (!verdict.trusted()) {
            throw new Pkcs12Exception(verdict.failureCode().orElse(ErrorCode.P12_NO_TRUST_ANCHOR), source(job.entry),
                    verdict.failureSummary());
        }
    }

    /** Opens the raw file and completes its chain (a resumed export starts here). */
    void reread(Job job, byte[] raw) throws Pkcs12Exception, WorkspaceException {
        char[] password = workspace.recorder().retrievalPassword(job.entry.id());
        try {
            job.contents = engine.read(raw, source(job.entry), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        job.chain = engine.completeChain(job.contents, trust);
    }

    /** Exports with a generated password (the engine reads the result back), stores it durably, then records EXPORTED. */
    Entry export(Job job) throws Pkcs12Exception, WorkspaceException {
        ExportOptions options = settings.exportOptions(job.entry.exportProfile(), job.entry.certificateNumber());
        if (!trustedRecently(job)) {
            requireTrusted(job); // the chain exported is the chain verified, also when a run resumes at export
        }
        char[] password = passwords.generate(settings.passwordPolicy());
        try {
            CertificateChain chain = job.chain;
            byte[] exported = engine.export(job.contents, chain, options, password); // read back by the engine
            String sha256;
            try {
                sha256 = workspace.vault().store(Vault.Kind.EXPORT, job.entry.id(), exported);
            } catch (IOException e) {
                throw new WorkspaceException(ErrorCode.STORE_CANNOT_WRITE,
                        NLS.bind(Messages.cannotStoreExport, job.entry.certificateNumber(), e.getMessage()), e);
            }
            return workspace.recorder().exported(job.entry.id(), sha256, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Whether this run's verify step found the job's chain trusted less than {@link #TRUST_KEPT} ago. */
    private boolean trustedRecently(Job job) {
        Instant now = workspace.clock().instant();
        return job.trustedAt != null && !now.isBefore(job.trustedAt) && now.isBefore(job.trustedAt.plus(TRUST_KEPT));
    }

    private static String source(Entry entry) {
        return NLS.bind(Messages.entrySource, Long.valueOf(entry.id()), entry.certificateNumber());
    }
}
