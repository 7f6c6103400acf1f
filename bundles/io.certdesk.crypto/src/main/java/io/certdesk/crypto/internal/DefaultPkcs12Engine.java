package io.certdesk.crypto.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;
import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.CertificateSummary;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.crypto.ConversionResult;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.PasswordCheck;
import io.certdesk.crypto.PasswordValidator;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.TrustSettings;
import org.eclipse.osgi.util.NLS;

/** The engine: reader, chain builder, verifier and writer on one Bouncy Castle provider instance. */
public final class DefaultPkcs12Engine implements Pkcs12Engine {

    private final Pkcs12Reader reader;
    private final Pkcs12Writer writer;
    private final ChainBuilder chains;
    private final ChainVerifier verifier;

    public DefaultPkcs12Engine(Provider bouncyCastle) {
        Objects.requireNonNull(bouncyCastle, "bouncyCastle"); //$NON-NLS-1$
        SecureRandom random = new SecureRandom();
        this.reader = new Pkcs12Reader(bouncyCastle, random);
        this.writer = new Pkcs12Writer(random);
        this.chains = new ChainBuilder(bouncyCastle, new IssuerFetcher(bouncyCastle));
        this.verifier = new ChainVerifier(bouncyCastle);
    }

    @Override
    public Pkcs12Contents read(Path file, char[] password) throws Pkcs12Exception {
        Objects.requireNonNull(file, "file"); //$NON-NLS-1$
        Objects.requireNonNull(password, "password"); //$NON-NLS-1$
        String source = file.toString();
        byte[] data;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_SIZE) {
                throw new Pkcs12Exception(ErrorCode.P12_HOSTILE_PARAMETERS, source,
                        NLS.bind(Messages.fileTooLarge, Long.valueOf(size), Integer.valueOf(MAX_FILE_SIZE)));
            }
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CANNOT_OPEN, source, Messages.fileNotFound, e);
        } catch (AccessDeniedException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CANNOT_OPEN, source, Messages.fileAccessDenied, e);
        } catch (IOException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CANNOT_OPEN, source, e.getClass().getSimpleName(), e);
        }
        return read(data, source, password);
    }

    @Override
    public Pkcs12Contents read(byte[] data, String source, char[] password) throws Pkcs12Exception {
        Objects.requireNonNull(data, "data"); //$NON-NLS-1$
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        Objects.requireNonNull(password, "password"); //$NON-NLS-1$
        return reader.read(data, source, password);
    }

    @Override
    public CertificateChain completeChain(Pkcs12Contents contents, TrustSettings trust) {
        Objects.requireNonNull(contents, "contents"); //$NON-NLS-1$
        Objects.requireNonNull(trust, "trust"); //$NON-NLS-1$
        return chains.build(contents.certificate(), contents.caCertificates(), trust);
    }

    @Override
    public ChainVerdict verify(CertificateChain chain, TrustSettings trust, Instant at) {
        Objects.requireNonNull(chain, "chain"); //$NON-NLS-1$
        Objects.requireNonNull(trust, "trust"); //$NON-NLS-1$
        Objects.requireNonNull(at, "at"); //$NON-NLS-1$
        return verifier.verify(chain, trust, at);
    }

    @Override
    public byte[] export(Pkcs12Contents contents, CertificateChain chain, ExportOptions options, char[] newPassword)
            throws Pkcs12Exception {
        Objects.requireNonNull(contents, "contents"); //$NON-NLS-1$
        Objects.requireNonNull(chain, "chain"); //$NON-NLS-1$
        Objects.requireNonNull(options, "options"); //$NON-NLS-1$
        Objects.requireNonNull(newPassword, "newPassword"); //$NON-NLS-1$
        PasswordCheck check = new PasswordValidator().check(newPassword);
        if (!check.acceptable()) {
            throw new Pkcs12Exception(ErrorCode.P12_PASSWORD_REJECTED, contents.source(), check.message());
        }
        if (!ChainBuilder.sameEncoding(chain.leaf(), contents.certificate())) {
            throw new IllegalArgumentException("The chain does not start with the file's certificate"); //$NON-NLS-1$
        }
        try (DerivedKeys memo = DerivedKeys.forPassword(newPassword)) {
            byte[] exported = writer.write(contents.privateKey(), chain.certificates(), chain.complete(), options,
                    newPassword, contents.source(), memo);
            try {
                readBack(exported, contents.source(), newPassword, contents, chain, options, memo);
            } catch (Pkcs12Exception | RuntimeException e) {
                Arrays.fill(exported, (byte) 0);
                throw e;
            }
            return exported;
        }
    }

    @Override
    public ConversionResult convert(Path in, char[] password, Path out, char[] newPassword, ExportOptions options,
            TrustSettings trust, Instant at) throws Pkcs12Exception {
        Objects.requireNonNull(in, "in"); //$NON-NLS-1$
        Objects.requireNonNull(out, "out"); //$NON-NLS-1$
        Objects.requireNonNull(options, "options"); //$NON-NLS-1$
        Objects.requireNonNull(trust, "trust"); //$NON-NLS-1$
        Objects.requireNonNull(at, "at"); //$NON-NLS-1$
        if (Files.exists(out)) {
            throw new Pkcs12Exception(ErrorCode.P12_CANNOT_WRITE, out.toString(), Messages.outputExists);
        }
        Pkcs12Contents contents = read(in, password);
        CertificateChain chain = completeChain(contents, trust);
        ChainVerdict verdict = verify(chain, trust, at);
        if (!verdict.passed()) {
            throw new Pkcs12Exception(verdict.failureCode().orElseThrow(), in.toString(), verdict.failureSummary());
        }
        byte[] exported = export(contents, chain, options, newPassword);
        try {
            DurableFiles.write(out, exported, WriteMode.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CANNOT_WRITE, out.toString(), Messages.outputExists, e);
        } catch (IOException e) {
            throw new Pkcs12Exception(ErrorCode.P12_CANNOT_WRITE, out.toString(), e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(exported, (byte) 0);
        }
        return new ConversionResult(out, options, verdict, CertificateSummary.of(contents.certificate()));
    }

    /**
     * Reads the exported bytes back with the keys the writer derived ({@code memo}: the same work is not done twice,
     * and every MAC and decryption is still checked): same key, same leaf, the expected number of CA certificates.
     */
    private void readBack(byte[] exported, String source, char[] newPassword, Pkcs12Contents original,
            CertificateChain chain, ExportOptions options, DerivedKeys memo) throws Pkcs12Exception {
        Pkcs12Contents copy = reader.read(exported, source, newPassword, memo);
        int expectedCas = chain.certificates().size() - 1 - (chain.complete() && !options.includeRoot() ? 1 : 0);
        boolean sameKey = Arrays.equals(copy.privateKey().getEncoded(), original.privateKey().getEncoded());
        X509Certificate leaf = copy.certificate();
        if (!sameKey || !ChainBuilder.sameEncoding(leaf, original.certificate())
                || copy.caCertificates().size() != expectedCas) {
            throw new Pkcs12Exception(ErrorCode.UNKNOWN, source, Messages.readBackFailed);
        }
    }
}
