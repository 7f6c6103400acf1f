package io.certdesk.crypto.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.crypto.Pkcs12Exception;

/**
 * The PKCS#12 reader on arbitrary bytes: every input ends in contents or a {@link Pkcs12Exception} with a catalogue
 * code, never another exception, an {@link Error} or a hang. The normal test run replays the committed corpus
 * ({@code src/test/resources/io/certdesk/crypto/fuzz/Pkcs12FuzzTestInputs/read/}); CI fuzzes it for a bounded time
 * (see docs/architecture.md, "Fuzzing").
 */
class Pkcs12FuzzTest {

    private static final Pkcs12Engine ENGINE = Pkcs12Engines.create();

    @FuzzTest(maxDuration = "30s")
    void read(byte[] data) {
        try {
            ENGINE.read(data, "fuzz", "Pw-fuzz-1234".toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (Pkcs12Exception expected) {
            // a refusal with a catalogue code is the right answer to garbage
        }
    }
}
