package io.certdesk.portal;

import java.security.cert.X509Certificate;
import java.util.Objects;

import io.certdesk.core.secrets.Secret;

/**
 * One certificate made by a provisioning: the line of the administrator's roster. The retrieval password
 * is a {@link Secret} copy owned by this object; {@link #clear()} wipes it. {@link #toString()} never shows it.
 */
public final class IssuedCertificate implements AutoCloseable {

    private final PortalUser user;
    private final String groupId;
    private final String certificateNumber;
    private final Secret retrievalPassword;
    private final X509Certificate certificate;
    private final ChainScope chain;

    public IssuedCertificate(PortalUser user, String groupId, String certificateNumber, char[] retrievalPassword,
            X509Certificate certificate, ChainScope chain) {
        this.user = Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        this.groupId = Objects.requireNonNull(groupId, "groupId"); //$NON-NLS-1$
        this.certificateNumber = Objects.requireNonNull(certificateNumber, "certificateNumber"); //$NON-NLS-1$
        this.retrievalPassword = Secret.copyOf(Objects.requireNonNull(retrievalPassword, "retrievalPassword")); //$NON-NLS-1$
        this.certificate = Objects.requireNonNull(certificate, "certificate"); //$NON-NLS-1$
        this.chain = Objects.requireNonNull(chain, "chain"); //$NON-NLS-1$
    }

    public PortalUser user() {
        return user;
    }

    public String groupId() {
        return groupId;
    }

    public String certificateNumber() {
        return certificateNumber;
    }

    /** A fresh copy of the retrieval password; the caller clears it. */
    public char[] retrievalPassword() {
        return retrievalPassword.copy();
    }

    /** The retrieval password, owned by this object: use it, do not close it. */
    public Secret retrievalSecret() {
        return retrievalPassword;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public ChainScope chain() {
        return chain;
    }

    public void clear() {
        retrievalPassword.close();
    }

    @Override
    public void close() {
        clear();
    }

    @Override
    public String toString() {
        return "IssuedCertificate[" + groupId + '/' + certificateNumber + ", " + user.email() + ", password ****]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
