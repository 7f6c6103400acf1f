package io.certdesk.crypto.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.ChainSource;
import io.certdesk.crypto.TrustSettings;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.eclipse.osgi.util.NLS;

/**
 * Orders a chain leaf, intermediates, root. Each issuer is looked for among the trusted CA certificates,
 * then the file's certificates, then (when enabled, and only while the chain has not reached a trusted CA
 * certificate) at the caIssuers addresses of the certificate's AIA extension. A candidate is the issuer only if
 * its subject is the certificate's issuer name and its key verifies the certificate's signature. The chain is
 * complete when it ends at a self-signed root, or at a trusted CA certificate whose issuer is not at hand.
 */
final class ChainBuilder {

    /** Longest chain followed. */
    static final int MAX_LENGTH = 10;
    /** Most AIA downloads for one chain. */
    static final int MAX_FETCHES = 8;

    private record Candidate(X509Certificate certificate, ChainSource source) {
    }

    private final Provider provider;
    private final IssuerFetcher fetcher;

    ChainBuilder(Provider provider, IssuerFetcher fetcher) {
        this.provider = provider;
        this.fetcher = fetcher;
    }

    CertificateChain build(X509Certificate leaf, List<X509Certificate> fileCertificates, TrustSettings trust) {
        List<Candidate> pool = new ArrayList<>();
        trust.trustedCertificates().forEach(c -> pool.add(new Candidate(c, ChainSource.TRUSTED)));
        fileCertificates.forEach(c -> pool.add(new Candidate(c, ChainSource.FILE)));
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
        List<ChainSource> sources = new ArrayList<>(List.of(ChainSource.FILE));
        List<String> problems = new ArrayList<>();
        int fetches = 0;
        X509Certificate current = leaf;
        boolean complete = false;
        boolean anchored = false;
        while (chain.size() <= MAX_LENGTH) {
            if (selfSigned(current)) {
                complete = true;
                break;
            }
            anchored |= trust.isTrusted(current);
            Optional<Candidate> issuer = findIssuer(current, pool, chain);
            if (issuer.isEmpty() && anchored) {
                // the chain already reaches a CA the administrator trusts: nothing to download
                complete = true;
                break;
            }
            if (issuer.isEmpty() && trust.fetch().enabled()) {
                for (URI uri : caIssuers(current, problems)) {
                    if (!trust.fetch().allows(uri)) {
                        problems.add(NLS.bind(Messages.aiaNotAllowed, uri, uri.getHost()));
                        continue;
                    }
                    if (fetches++ >= MAX_FETCHES) {
                        break;
                    }
                    try {
                        fetcher.fetch(uri, trust.fetch()).forEach(c -> pool.add(new Candidate(c, ChainSource.FETCHED)));
                    } catch (IOException e) {
                        problems.add(NLS.bind(Messages.aiaFailed, uri, e.getMessage()));
                        continue;
                    }
                    issuer = findIssuer(current, pool, chain);
                    if (issuer.isPresent()) {
                        break;
                    }
                }
            }
            if (issuer.isEmpty()) {
                problems.add(NLS.bind(Messages.issuerNotFound, current.getIssuerX500Principal().getName(),
                        current.getSubjectX500Principal().getName()));
                break;
            }
            chain.add(issuer.get().certificate());
            sources.add(issuer.get().source());
            current = issuer.get().certificate();
        }
        return new CertificateChain(chain, sources, complete, problems);
    }

    private Optional<Candidate> findIssuer(X509Certificate certificate, List<Candidate> pool,
            List<X509Certificate> chain) {
        for (Candidate candidate : pool) {
            X509Certificate ca = candidate.certificate();
            if (ca.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                    && chain.stream().noneMatch(c -> sameEncoding(c, ca)) && signedBy(certificate, ca)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether the certificate names itself as issuer and its own key verifies its signature. */
    boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && signedBy(certificate, certificate);
    }

    /**
     * Whether the issuer's key verifies the certificate's signature: by the JDK's providers first (Bouncy Castle's
     * tests an RSA modulus for primality each time it takes a public key), by Bouncy Castle when the JDK does not
     * know the algorithm or the key.
     */
    private boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (NoSuchAlgorithmException | NoSuchProviderException | InvalidKeyException e) {
            // the JDK cannot judge it: Bouncy Castle below
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey(), provider);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The http(s) caIssuers addresses of a certificate's AIA extension. */
    static List<URI> caIssuers(X509Certificate certificate, List<String> problems) {
        byte[] extension = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (extension == null) {
            return List.of();
        }
        List<URI> uris = new ArrayList<>();
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess
                    .getInstance(ASN1OctetString.getInstance(extension).getOctets());
            for (AccessDescription description : aia.getAccessDescriptions()) {
                GeneralName location = description.getAccessLocation();
                if (AccessDescription.id_ad_caIssuers.equals(description.getAccessMethod())
                        && location.getTagNo() == GeneralName.uniformResourceIdentifier
                        && location.getName() instanceof ASN1String text) {
                    try {
                        uris.add(new URI(text.getString()));
                    } catch (URISyntaxException e) {
                        problems.add(NLS.bind(Messages.aiaFailed, text.getString(), e.getMessage()));
                    }
                }
            }
        } catch (RuntimeException e) {
            problems.add(NLS.bind(Messages.aiaUnreadable, certificate.getSubjectX500Principal().getName()));
        }
        return uris;
    }

    static boolean sameEncoding(X509Certificate a, X509Certificate b) {
        try {
            return Arrays.equals(a.getEncoded(), b.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
