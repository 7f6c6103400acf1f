package io.certdesk.cli.internal.p12;

import java.io.PrintWriter;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.CertificateSummary;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Protection;
import org.eclipse.osgi.util.NLS;

/** Prints a certificate summary, a chain, the protection algorithms and a verdict for people. */
final class P12Report {

    private final PrintWriter out;

    P12Report(PrintWriter out) {
        this.out = out;
    }

    void summary(CertificateSummary summary, Instant now) {
        out.println(NLS.bind(Messages.reportSubject, names(summary.subject().organizations())));
        out.println(NLS.bind(Messages.reportSubjectUnit, names(summary.subject().organizationalUnits())));
        out.println(NLS.bind(Messages.reportSubjectName, names(summary.subject().commonNames())));
        out.println(NLS.bind(Messages.reportIssuer, summary.issuer().rfc2253()));
        out.println(NLS.bind(Messages.reportSerial, summary.serialHex()));
        out.println(NLS.bind(Messages.reportValidity, new Object[] { summary.notBefore(), summary.notAfter(),
                Long.valueOf(summary.daysToExpiry(now)) }));
        out.println(NLS.bind(Messages.reportKey, summary.keyType(), Integer.valueOf(summary.keySize())));
        out.println(NLS.bind(Messages.reportSha1, summary.sha1Grouped()));
        out.println(NLS.bind(Messages.reportSha256, summary.sha256Grouped()));
        out.println(NLS.bind(Messages.reportKeyUsage, String.join(", ", summary.keyUsage()), //$NON-NLS-1$
                String.join(", ", summary.extendedKeyUsage()))); //$NON-NLS-1$
    }

    void chain(CertificateChain chain) {
        out.println(chain.complete() ? Messages.reportChainComplete : Messages.reportChainIncomplete);
        List<X509Certificate> certificates = chain.certificates();
        for (int i = 0; i < certificates.size(); i++) {
            CertificateSummary summary = CertificateSummary.of(certificates.get(i));
            out.println(NLS.bind(Messages.reportChainEntry, new Object[] { Integer.valueOf(i + 1),
                    summary.subject().rfc2253(), chain.sources().get(i), summary.notAfter() }));
            out.println(NLS.bind(Messages.reportChainThumbprint, summary.sha1Grouped()));
        }
        chain.problems().forEach(p -> out.println("    " + p)); //$NON-NLS-1$
    }

    void protections(Pkcs12Contents contents) {
        out.println(Messages.reportAlgorithms);
        for (Protection protection : contents.protections()) {
            out.println(NLS.bind(Messages.reportProtection, new Object[] { protection.part(), protection.algorithm(),
                    Integer.valueOf(protection.iterations()), Integer.valueOf(protection.saltLength()) }));
        }
    }

    void verdict(ChainVerdict verdict) {
        out.println(verdict.trusted() ? Messages.reportVerdictPassed
                : verdict.anchorConfigured() ? Messages.reportVerdictFailed : Messages.reportVerdictNotVerified);
        for (ChainVerdict.Check check : verdict.checks()) {
            out.println(NLS.bind(Messages.reportCheck, new Object[] { check.status(), check.kind(), check.detail() }));
        }
    }

    private static String names(List<String> values) {
        return values.isEmpty() ? "-" : String.join(", ", values); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
