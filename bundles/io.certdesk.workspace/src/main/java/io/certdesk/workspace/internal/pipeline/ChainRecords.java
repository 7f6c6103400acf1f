package io.certdesk.workspace.internal.pipeline;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.CertificateSummary;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.crypto.TrustSettings;
import io.certdesk.workspace.ChainRecord;

/** A verdict as the workspace keeps it: the chain's names, serials, validity and fingerprints, and every check. */
final class ChainRecords {

    private ChainRecords() {
    }

    static ChainRecord of(ChainVerdict verdict, TrustSettings trust) {
        CertificateChain chain = verdict.chain();
        List<X509Certificate> certificates = chain.certificates();
        int anchor = anchorIndex(chain, trust);
        List<ChainRecord.Certificate> kept = new ArrayList<>();
        for (int i = 0; i < certificates.size(); i++) {
            CertificateSummary summary = CertificateSummary.of(certificates.get(i));
            kept.add(new ChainRecord.Certificate(summary.subject().rfc2253(), summary.issuer().rfc2253(),
                    summary.serialHex(), summary.notBefore(), summary.notAfter(), summary.sha256(),
                    chain.sources().get(i), i == anchor));
        }
        return new ChainRecord(verdict.at(), verdict.trusted(), verdict.failureCode(), kept, verdict.checks());
    }

    /** The first certificate the administrator trusts, else the root when it matches the pin; -1 if none. */
    private static int anchorIndex(CertificateChain chain, TrustSettings trust) {
        List<X509Certificate> certificates = chain.certificates();
        for (int i = 0; i < certificates.size(); i++) {
            if (trust.isTrusted(certificates.get(i))) {
                return i;
            }
        }
        boolean pinned = chain.root().isPresent() && trust.pinnedRoot().isPresent()
                && trust.pinnedRoot().get().matches(chain.root().get());
        return pinned ? certificates.size() - 1 : -1;
    }
}
