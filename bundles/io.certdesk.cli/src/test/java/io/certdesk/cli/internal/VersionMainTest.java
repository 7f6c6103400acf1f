package io.certdesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The start scripts' fast path prints what {@code certdesk --version} prints inside OSGi. */
class VersionMainTest {

    private static final String SYSTEM = System.getProperty("os.name") + ' ' + System.getProperty("os.arch");

    @Test
    void printsTheVersionAndRuntimeInEnglish() {
        assertEquals(List.of("CertDesk 1.2.3.v20261123",
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") on " + SYSTEM),
                VersionMain.lines("1.2.3.v20261123", Locale.ENGLISH));
    }

    @Test
    void printsTheRuntimeLineInJapanese() {
        assertEquals(List.of("CertDesk 1.2.3",
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") / " + SYSTEM),
                VersionMain.lines("1.2.3", Locale.JAPANESE));
    }
}
