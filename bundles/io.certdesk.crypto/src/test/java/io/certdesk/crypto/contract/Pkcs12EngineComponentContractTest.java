package io.certdesk.crypto.contract;

import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.internal.Pkcs12EngineComponent;

/** The OSGi service (its own Bouncy Castle provider, never registered JVM-wide) against the engine contract. */
class Pkcs12EngineComponentContractTest extends Pkcs12EngineContractTest {

    private final Pkcs12Engine engine = new Pkcs12EngineComponent();

    @Override
    protected Pkcs12Engine engine() {
        return engine;
    }
}
