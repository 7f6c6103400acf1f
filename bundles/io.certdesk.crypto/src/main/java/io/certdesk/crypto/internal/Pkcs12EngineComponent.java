package io.certdesk.crypto.internal;

import java.nio.file.Path;
import java.time.Instant;

import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.crypto.ConversionResult;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.TrustSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@link Pkcs12Engine} OSGi service. The Bouncy Castle provider is created once, on the first use of the
 * engine (not when the component activates: every command's start would pay for its few hundred classes, and for
 * checking the signature of its jar), and handed to the engine as an object: nothing is added to the JVM-wide provider
 * list, so other bundles' JCA lookups are unaffected. The provider is made in {@link Pkcs12Engines}, not here: a
 * {@code new BouncyCastleProvider()} in this class would make the JVM load the provider's class when it links this
 * one (to check that it is a {@code Provider}), which is at the start of every command.
 */
@Component(service = Pkcs12Engine.class)
public final class Pkcs12EngineComponent implements Pkcs12Engine {

    private volatile Pkcs12Engine engine;

    @Activate
    public Pkcs12EngineComponent() {
        // the engine is made on first use
    }

    /**
     * Starts making the engine (the Bouncy Castle provider, some 0.3 s: its jar is signed, so its classes are checked
     * and never come from the class-data archive) on a daemon thread. A first use meanwhile waits on this component's
     * lock for the same engine; only that thread initializes the provider's classes.
     */
    @Override
    public void prepare() {
        if (engine == null) {
            Thread thread = new Thread(this::engine, "certdesk-crypto-provider"); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Whether the engine is made (for tests). */
    boolean ready() {
        return engine != null;
    }

    private Pkcs12Engine engine() {
        Pkcs12Engine made = engine;
        if (made == null) {
            synchronized (this) {
                made = engine;
                if (made == null) {
                    made = Pkcs12Engines.create();
                    engine = made;
                }
            }
        }
        return made;
    }

    @Override
    public Pkcs12Contents read(Path file, char[] password) throws Pkcs12Exception {
        return engine().read(file, password);
    }

    @Override
    public Pkcs12Contents read(byte[] data, String source, char[] password) throws Pkcs12Exception {
        return engine().read(data, source, password);
    }

    @Override
    public CertificateChain completeChain(Pkcs12Contents contents, TrustSettings trust) {
        return engine().completeChain(contents, trust);
    }

    @Override
    public ChainVerdict verify(CertificateChain chain, TrustSettings trust, Instant at) {
        return engine().verify(chain, trust, at);
    }

    @Override
    public byte[] export(Pkcs12Contents contents, CertificateChain chain, ExportOptions options, char[] newPassword)
            throws Pkcs12Exception {
        return engine().export(contents, chain, options, newPassword);
    }

    @Override
    public ConversionResult convert(Path in, char[] password, Path out, char[] newPassword, ExportOptions options,
            TrustSettings trust, Instant at) throws Pkcs12Exception {
        return engine().convert(in, password, out, newPassword, options, trust, at);
    }
}
