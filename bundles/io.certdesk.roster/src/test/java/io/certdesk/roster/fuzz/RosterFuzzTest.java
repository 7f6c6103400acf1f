package io.certdesk.roster.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterException;
import io.certdesk.roster.RosterReader;
import io.certdesk.roster.RosterReaders;

/**
 * The roster readers (xlsx, xls, CSV) on arbitrary bytes: every input ends in a result or a {@link RosterException}
 * naming the problem, never another exception, an {@link Error} (heap or stack) or a hang. The normal test run replays
 * the committed corpus ({@code src/test/resources/io/certdesk/roster/fuzz/RosterFuzzTestInputs/<method>/}); CI fuzzes
 * each for a bounded time (see docs/architecture.md, "Fuzzing").
 */
class RosterFuzzTest {

    private static final RosterReader READER = RosterReaders.create();

    private static void read(byte[] data, String extension) {
        Path file = null;
        try {
            file = Files.createTempFile("roster-fuzz-", extension); //$NON-NLS-1$
            Files.write(file, data);
            READER.read(file, ImportOptions.defaults()).clearSecrets();
        } catch (RosterException expected) {
            // a refusal naming the problem is the right answer to garbage
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // the temp folder is cleaned by the system
                }
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void xlsx(byte[] data) {
        read(data, ".xlsx"); //$NON-NLS-1$
    }

    @FuzzTest(maxDuration = "30s")
    void xls(byte[] data) {
        read(data, ".xls"); //$NON-NLS-1$
    }

    @FuzzTest(maxDuration = "30s")
    void csv(byte[] data) {
        read(data, ".csv"); //$NON-NLS-1$
    }
}
