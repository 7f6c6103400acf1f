package io.certdesk.crypto.testing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.ChainSource;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Exception;

/** Makes PKCS#12 files of the test PKI through the engine's own writer. */
public final class Pkcs12Fixtures {

    private Pkcs12Fixtures() {
    }

    /** A PKCS#12 of the key and the given certificates (first = leaf), written with the options. */
    public static byte[] p12(Pkcs12Engine engine, PrivateKey key, List<X509Certificate> chain, ExportOptions options,
            char[] password) throws Pkcs12Exception {
        Pkcs12Contents contents = new Pkcs12Contents("fixture", key, chain.get(0), chain.subList(1, chain.size()),
                Optional.empty(), List.of());
        CertificateChain ordered = new CertificateChain(chain,
                chain.stream().map(c -> ChainSource.FILE).toList(), selfSigned(chain.get(chain.size() - 1)), List.of());
        return engine.export(contents, ordered, options, password);
    }

    private static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    /** The shared PKI's key, leaf, issuing CA and root. */
    public static byte[] fullChain(Pkcs12Engine engine, ExportOptions options, char[] password) throws Pkcs12Exception {
        TestPki pki = TestPki.shared();
        return p12(engine, pki.leafKey.getPrivate(), pki.chain(), options, password);
    }
}
