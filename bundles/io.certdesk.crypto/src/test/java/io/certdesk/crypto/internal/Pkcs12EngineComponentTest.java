package io.certdesk.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;

import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.testing.TestPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The service makes its engine on first use, or ahead of it in the background when asked to prepare. */
class Pkcs12EngineComponentTest {

    private static final char[] PASSWORD = "Prepare-2026".toCharArray();

    @Test
    @Timeout(60)
    void prepareMakesTheEngineAheadAndAUseMeanwhileWaitsForIt() throws Exception {
        TestPki pki = TestPki.shared();
        byte[] file = new Pkcs12Writer(new SecureRandom()).write(pki.leafKey.getPrivate(),
                List.of(pki.leaf, pki.issuing, pki.root), true, ExportOptions.of(ExportProfile.MODERN), PASSWORD, "test",
                DerivedKeys.none());

        Pkcs12EngineComponent used = new Pkcs12EngineComponent();
        assertFalse(used.ready(), "nothing is made when the component activates");
        used.prepare();
        // used at once, while the engine may still be in the making: the use waits and reads with it
        assertEquals(pki.leaf, used.read(file, "test", PASSWORD.clone()).certificate());
        assertTrue(used.ready());

        Pkcs12EngineComponent prepared = new Pkcs12EngineComponent();
        prepared.prepare();
        prepared.prepare(); // again: the same engine
        while (!prepared.ready()) {
            Thread.sleep(10); // made without any use
        }
        assertEquals(pki.leaf, prepared.read(file, "test", PASSWORD.clone()).certificate());
    }
}
