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

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

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
 * validation (revocation not checked), the pinned root, the expected root name and the expected issuer name.
 * The only anchors are what the administrator chose: the trusted CA certificates and the root when it matches the
 * pin. A certificate from the file or from an AIA download, or a root that merely has the expected name, is never
 * an anchor; without any anchor the trust and path checks fail ("not verified: no trust anchor"), or are skipped
 * when the caller explicitly accepted an unverified chain.
 */
final class ChainVerifier {

    private final Provider provider;

    ChainVerifier(Provider provider) {
        this.provider = provider;
    }

    ChainVerdict verify(CertificateChain chain, TrustSettings trust, Instant at) {
        List<Check> checks = new ArrayList<>();
        Optional<X509Certificate> root = chain.root();
        checks.add(complete(chain));
        checks.add(validity(chain.leaf(), at));
        boolean pinMatches = root.isPresent() && trust.pinnedRoot().isPresent() && trust.pinnedRoot().get().matches(root.get());
        Set<TrustAnchor> anchors = new HashSet<>();
        trust.trustedCertificates().forEach(c -> anchors.add(new TrustAnchor(c, null)));
        if (pinMatches) {
            anchors.add(new TrustAnchor(root.get(), null));
        }
        int anchorIndex = anchorIndex(chain, trust, pinMatches);
        checks.add(trustAnchor(chain, trust, anchorIndex, pinMatches));
        checks.add(pathValidation(chain, trust, anchors, anchorIndex, at));
        checks.add(rootPin(root, trust));
        checks.add(rootName(root, trust));
        checks.add(issuerName(chain.leaf(), trust));
        checks.add(new Check(CheckKind.REVOCATION, Status.SKIPPED, Messages.checkRevocationSkipped));
        return new ChainVerdict(chain, at, checks, trust.hasAnchor());
    }

    private static Check complete(CertificateChain chain) {
        if (!chain.complete()) {
            return new Check(CheckKind.CHAIN_COMPLETE, Status.FAILED, String.join(" ", chain.problems())); //$NON-NLS-1$
        }
        return new Check(CheckKind.CHAIN_COMPLETE, Status.PASSED,
                NLS.bind(Messages.checkChainComplete, Integer.valueOf(chain.certificates().size()),
                        chain.root().orElseThrow().getSubjectX500Principal().getName()));
    }

    /** The position of the first chain certificate the administrator trusts (or the pinned root); -1 if none. */
    private static int anchorIndex(CertificateChain chain, TrustSettings trust, boolean pinMatches) {
        List<X509Certificate> certificates = chain.certificates();
        for (int i = 0; i < certificates.size(); i++) {
            if (trust.isTrusted(certificates.get(i))) {
                return i;
            }
        }
        return pinMatches ? certificates.size() - 1 : -1;
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

    private static Check trustAnchor(CertificateChain chain, TrustSettings trust, int anchorIndex, boolean pinMatches) {
        if (!trust.hasAnchor()) {
            return trust.noAnchorAccepted() ? new Check(CheckKind.TRUST_ANCHOR, Status.SKIPPED, Messages.checkNoAnchorAccepted)
                    : new Check(CheckKind.TRUST_ANCHOR, Status.FAILED, Messages.checkNoAnchor);
        }
        if (anchorIndex >= 0) {
            X509Certificate anchor = chain.certificates().get(anchorIndex);
            return trust.isTrusted(anchor)
                    ? new Check(CheckKind.TRUST_ANCHOR, Status.PASSED,
                            NLS.bind(Messages.checkTrusted, anchor.getSubjectX500Principal().getName()))
                    : new Check(CheckKind.TRUST_ANCHOR, Status.PASSED,
                            NLS.bind(Messages.checkTrustedByPin, trust.pinnedRoot().orElseThrow().algorithm().label()));
        }
        X509Certificate top = chain.certificates().get(chain.certificates().size() - 1);
        return new Check(CheckKind.TRUST_ANCHOR, Status.FAILED, NLS.bind(Messages.checkNotTrusted,
                top.getSubjectX500Principal().getName(), Integer.valueOf(trust.trustedCertificates().size()),
                trust.pinnedRoot().map(Object::toString).orElse("-"))); //$NON-NLS-1$
    }

    private Check pathValidation(CertificateChain chain, TrustSettings trust, Set<TrustAnchor> anchors, int anchorIndex,
            Instant at) {
        if (anchors.isEmpty()) {
            return new Check(CheckKind.PATH_VALIDATION, trust.noAnchorAccepted() ? Status.SKIPPED : Status.FAILED,
                    Messages.checkPathNoAnchor);
        }
        if (!chain.complete() && anchorIndex < 0) {
            return new Check(CheckKind.PATH_VALIDATION, Status.SKIPPED, Messages.checkPathSkipped);
        }
        List<X509Certificate> path = new ArrayList<>(chain.certificates());
        if (anchorIndex >= 0) {
            path = path.subList(0, anchorIndex);
        } else if (chain.complete()) {
            path.remove(path.size() - 1);
        }
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
        if (trust.pinnedRoot().isEmpty()) {
            return new Check(CheckKind.ROOT_PIN, Status.SKIPPED, NLS.bind(Messages.checkPinNotConfigured, actual));
        }
        if (root.isPresent() && trust.pinnedRoot().get().matches(root.get())) {
            return new Check(CheckKind.ROOT_PIN, Status.PASSED, NLS.bind(Messages.checkPinMatches, actual));
        }
        return new Check(CheckKind.ROOT_PIN, Status.FAILED, NLS.bind(Messages.checkPinDiffers, trust.pinnedRoot().get(), actual));
    }

    /**
     * Whether two names have the same attributes (compared as Bouncy Castle's style does: case and spacing of values
     * ignored), in the same or in the reversed order: people copy names as tools print them, some most significant
     * first (C=JP,O=...,CN=...), some the other way round (RFC 2253: CN=...,O=...,C=JP).
     */
    static boolean sameName(X500Principal expected, X500Principal actual) {
        return expected.equals(actual) || X500Name.getInstance(BCStyle.INSTANCE, expected.getEncoded())
                .equals(X500Name.getInstance(BCStyle.INSTANCE, actual.getEncoded()));
    }

    private static Check rootName(Optional<X509Certificate> root, TrustSettings trust) {
        String actual = root.map(r -> r.getSubjectX500Principal().getName()).orElse(Messages.noRoot);
        if (trust.expectedRoot().isEmpty()) {
            return new Check(CheckKind.ROOT_NAME, Status.SKIPPED, NLS.bind(Messages.checkRootNameNotConfigured, actual));
        }
        if (root.isPresent() && sameName(trust.expectedRoot().get(), root.get().getSubjectX500Principal())) {
            return new Check(CheckKind.ROOT_NAME, Status.PASSED, NLS.bind(Messages.checkRootNameMatches, actual));
        }
        return new Check(CheckKind.ROOT_NAME, Status.FAILED,
                NLS.bind(Messages.checkRootNameDiffers, trust.expectedRoot().get().getName(), actual));
    }

    private static Check issuerName(X509Certificate leaf, TrustSettings trust) {
        String actual = leaf.getIssuerX500Principal().getName();
        if (trust.expectedIssuer().isEmpty()) {
            return new Check(CheckKind.ISSUER_NAME, Status.SKIPPED, NLS.bind(Messages.checkIssuerNotConfigured, actual));
        }
        if (sameName(trust.expectedIssuer().get(), leaf.getIssuerX500Principal())) {
            return new Check(CheckKind.ISSUER_NAME, Status.PASSED, NLS.bind(Messages.checkIssuerMatches, actual));
        }
        return new Check(CheckKind.ISSUER_NAME, Status.FAILED,
                NLS.bind(Messages.checkIssuerDiffers, trust.expectedIssuer().get().getName(), actual));
    }
}
