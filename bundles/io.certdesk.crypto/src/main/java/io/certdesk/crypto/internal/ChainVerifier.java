package io.certdesk.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.CertificateSummary;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.crypto.ChainVerdict.Check;
import io.certdesk.crypto.ChainVerdict.CheckKind;
import io.certdesk.crypto.ChainVerdict.Status;
import io.certdesk.crypto.Fingerprints;
import io.certdesk.crypto.TrustSettings;
import org.eclipse.osgi.util.NLS;

/**
 * Verifies a chain at an instant: completeness, the leaf's validity, the trust anchor, PKIX path
 * validation (revocation not checked), the pinned root and the expected issuer name. Anchors are the
 * trusted CA certificates plus the root when it matches the pin; with neither, the path is validated
 * against the chain's own root and the trust check is reported as skipped.
 */
final class ChainVerifier {

    private final Provider provider;

    ChainVerifier(Provider provider) {
        this.provider = provider;
    }

    ChainVerdict verify(CertificateChain chain, TrustSettings trust, Instant at) {
        List<Check> checks = new ArrayList<>();
        Optional<X509Certificate> root = chain.root();
        checks.add(chain.complete() ? new Check(CheckKind.CHAIN_COMPLETE, Status.PASSED,
                NLS.bind(Messages.checkChainComplete, Integer.valueOf(chain.certificates().size())))
                : new Check(CheckKind.CHAIN_COMPLETE, Status.FAILED, String.join(" ", chain.problems()))); //$NON-NLS-1$
        checks.add(validity(chain.leaf(), at));
        boolean pinMatches = root.isPresent() && trust.pinnedRootSha256().isPresent()
                && trust.pinnedRootSha256().get().equals(Fingerprints.sha256(root.get()));
        Set<TrustAnchor> anchors = new HashSet<>();
        trust.trustedCertificates().forEach(c -> anchors.add(new TrustAnchor(c, null)));
        if (pinMatches) {
            anchors.add(new TrustAnchor(root.get(), null));
        }
        checks.add(trustAnchor(chain, trust, pinMatches));
        if (anchors.isEmpty() && root.isPresent()) {
            anchors.add(new TrustAnchor(root.get(), null));
        }
        checks.add(pathValidation(chain, anchors, at));
        checks.add(rootPin(root, trust));
        checks.add(issuerName(chain.leaf(), trust));
        checks.add(new Check(CheckKind.REVOCATION, Status.SKIPPED, Messages.checkRevocationSkipped));
        return new ChainVerdict(chain, at, checks);
    }

    private static Check validity(X509Certificate leaf, Instant at) {
        CertificateSummary summary = CertificateSummary.of(leaf);
        if (at.isBefore(summary.notBefore())) {
            return new Check(CheckKind.VALIDITY, Status.FAILED, NLS.bind(Messages.checkNotYetValid, summary.notBefore()));
        }
        if (at.isAfter(summary.notAfter())) {
            return new Check(CheckKind.VALIDITY, Status.FAILED, NLS.bind(Messages.checkExpired, summary.notAfter()));
        }
        return new Check(CheckKind.VALIDITY, Status.PASSED,
                NLS.bind(Messages.checkValid, summary.notAfter(), Long.valueOf(summary.daysToExpiry(at))));
    }

    private static Check trustAnchor(CertificateChain chain, TrustSettings trust, boolean pinMatches) {
        if (!trust.trustedCertificates().isEmpty()) {
            for (X509Certificate certificate : chain.certificates()) {
                if (trust.trustedCertificates().stream().anyMatch(t -> ChainBuilder.sameEncoding(t, certificate))) {
                    return new Check(CheckKind.TRUST_ANCHOR, Status.PASSED, NLS.bind(Messages.checkTrusted,
                            certificate.getSubjectX500Principal().getName()));
                }
            }
            X509Certificate top = chain.certificates().get(chain.certificates().size() - 1);
            return new Check(CheckKind.TRUST_ANCHOR, Status.FAILED, NLS.bind(Messages.checkNotTrusted,
                    top.getSubjectX500Principal().getName(), Integer.valueOf(trust.trustedCertificates().size())));
        }
        if (pinMatches) {
            return new Check(CheckKind.TRUST_ANCHOR, Status.PASSED, Messages.checkTrustedByPin);
        }
        return new Check(CheckKind.TRUST_ANCHOR, Status.SKIPPED, Messages.checkNoTrustConfigured);
    }

    private Check pathValidation(CertificateChain chain, Set<TrustAnchor> anchors, Instant at) {
        if (!chain.complete() || anchors.isEmpty()) {
            return new Check(CheckKind.PATH_VALIDATION, Status.SKIPPED, Messages.checkPathSkipped);
        }
        List<X509Certificate> path = new ArrayList<>(chain.certificates());
        path.remove(path.size() - 1);
        if (path.isEmpty()) {
            return new Check(CheckKind.PATH_VALIDATION, Status.FAILED, Messages.checkLeafIsRoot);
        }
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509", provider).generateCertPath(path); //$NON-NLS-1$
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX", provider).validate(certPath, parameters); //$NON-NLS-1$
            return new Check(CheckKind.PATH_VALIDATION, Status.PASSED, NLS.bind(Messages.checkPathValid, at));
        } catch (CertPathValidatorException e) {
            int index = e.getIndex();
            String subject = index >= 0 && index < path.size() ? path.get(index).getSubjectX500Principal().getName()
                    : "-"; //$NON-NLS-1$
            return new Check(CheckKind.PATH_VALIDATION, Status.FAILED,
                    NLS.bind(Messages.checkPathInvalid, new Object[] { at, subject, e.getMessage() }));
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Check(CheckKind.PATH_VALIDATION, Status.FAILED,
                    NLS.bind(Messages.checkPathInvalid, new Object[] { at, "-", e.getMessage() })); //$NON-NLS-1$
        }
    }

    private static Check rootPin(Optional<X509Certificate> root, TrustSettings trust) {
        String actual = root.map(r -> NLS.bind(Messages.rootFingerprints, Fingerprints.grouped(Fingerprints.sha256(r)),
                Fingerprints.grouped(Fingerprints.sha1(r)))).orElse(Messages.noRoot);
        if (trust.pinnedRootSha256().isEmpty()) {
            return new Check(CheckKind.ROOT_PIN, Status.SKIPPED, NLS.bind(Messages.checkPinNotConfigured, actual));
        }
        String pin = trust.pinnedRootSha256().get();
        if (root.isPresent() && pin.equals(Fingerprints.sha256(root.get()))) {
            return new Check(CheckKind.ROOT_PIN, Status.PASSED, NLS.bind(Messages.checkPinMatches, actual));
        }
        return new Check(CheckKind.ROOT_PIN, Status.FAILED,
                NLS.bind(Messages.checkPinDiffers, Fingerprints.grouped(pin), actual));
    }

    private static Check issuerName(X509Certificate leaf, TrustSettings trust) {
        String actual = leaf.getIssuerX500Principal().getName();
        if (trust.expectedIssuer().isEmpty()) {
            return new Check(CheckKind.ISSUER_NAME, Status.SKIPPED, NLS.bind(Messages.checkIssuerNotConfigured, actual));
        }
        if (trust.expectedIssuer().get().equals(leaf.getIssuerX500Principal())) {
            return new Check(CheckKind.ISSUER_NAME, Status.PASSED, NLS.bind(Messages.checkIssuerMatches, actual));
        }
        return new Check(CheckKind.ISSUER_NAME, Status.FAILED,
                NLS.bind(Messages.checkIssuerDiffers, trust.expectedIssuer().get().getName(), actual));
    }
}
