package io.certdesk.crypto;

import java.security.Provider;
import java.util.Objects;

import io.certdesk.crypto.internal.DefaultPkcs12Engine;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Engines outside OSGi (command-line tests, benchmarks). In the product the engine is the OSGi service
 * {@link Pkcs12Engine}. The Bouncy Castle provider is used as an object and never registered globally.
 */
public final class Pkcs12Engines {

    private Pkcs12Engines() {
    }

    /** An engine on its own Bouncy Castle provider instance. */
    public static Pkcs12Engine create() {
        return create(new BouncyCastleProvider());
    }

    /** An engine on the given Bouncy Castle provider instance. */
    public static Pkcs12Engine create(Provider bouncyCastle) {
        return new DefaultPkcs12Engine(Objects.requireNonNull(bouncyCastle, "bouncyCastle")); //$NON-NLS-1$
    }
}
