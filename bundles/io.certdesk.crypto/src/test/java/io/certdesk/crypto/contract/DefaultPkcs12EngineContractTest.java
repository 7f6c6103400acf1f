package io.certdesk.crypto.contract;

import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.crypto.testing.TestPki;

/** The engine as created outside OSGi ({@link Pkcs12Engines#create}) against the engine contract. */
class DefaultPkcs12EngineContractTest extends Pkcs12EngineContractTest {

    private final Pkcs12Engine engine = Pkcs12Engines.create(TestPki.BC);

    @Override
    protected Pkcs12Engine engine() {
        return engine;
    }
}
