package io.certdesk.crypto;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chain ordered leaf, intermediates, root, with where each certificate came from, and the problems met
 * while completing it (for example an AIA download that failed).
 */
public final class CertificateChain {

    private final List<X509Certificate> certificates;
    private final List<ChainSource> sources;
    private final boolean complete;
    private final List<String> problems;

    public CertificateChain(List<X509Certificate> certificates, List<ChainSource> sources, boolean complete,
            List<String> problems) {
        this.certificates = List.copyOf(certificates);
        this.sources = List.copyOf(sources);
        if (this.certificates.isEmpty() || this.certificates.size() != this.sources.size()) {
            throw new IllegalArgumentException("A chain needs at least the leaf and one source per certificate"); //$NON-NLS-1$
        }
        this.complete = complete;
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems")); //$NON-NLS-1$
    }

    /** Leaf first, root last (when complete). */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** Where each certificate came from, in the same order. */
    public List<ChainSource> sources() {
        return sources;
    }

    /** Whether the chain ends at a self-signed root or at a CA certificate the administrator trusts. */
    public boolean complete() {
        return complete;
    }

    /** Problems met while completing the chain, for the verdict and reports. */
    public List<String> problems() {
        return problems;
    }

    public X509Certificate leaf() {
        return certificates.get(0);
    }

    /** The last certificate (the self-signed root, or the trusted CA it ends at), when the chain is complete. */
    public Optional<X509Certificate> root() {
        return complete ? Optional.of(certificates.get(certificates.size() - 1)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "CertificateChain[" + certificates.size() + " certificate(s), " //$NON-NLS-1$ //$NON-NLS-2$
                + (complete ? "complete" : "incomplete") + ']'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
