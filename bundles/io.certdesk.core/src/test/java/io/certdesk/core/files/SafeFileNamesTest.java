package io.certdesk.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names Windows refuses or treats as devices become safe ones; safe names stay as they are. */
class SafeFileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
            "CON -> _CON", "con.p12 -> _con.p12", "Nul .p12 -> _Nul .p12", "COM1.txt.p12 -> _COM1.txt.p12",
            "LPT9 -> _LPT9", "com\u00B9.p12 -> _com\u00B9.p12", "CONIN$.p12 -> _CONIN$.p12", "PRN -> _PRN",
            "AUX.p12 -> _AUX.p12", "a<b>c:d\"e/f\\g|h?i*j.p12 -> a_b_c_d_e_f_g_h_i_j.p12",
            "'name. . ' -> name", "'  lead.p12' -> lead.p12", "'tab\there.p12' -> tab_here.p12",
            "'evil\u202Egnp.exe' -> evil_gnp.exe", "山田 太郎.p12 -> 山田 太郎.p12", "CONSOLE.p12 -> CONSOLE.p12",
            "COM10 -> COM10", "'..' -> entry-7.p12", "'...' -> entry-7.p12", "'' -> entry-7.p12" })
    void makesNamesSafe(String proposed, String expected) {
        String safe = SafeFileNames.of(proposed, "entry-7.p12");
        assertEquals(expected, safe);
        assertTrue(SafeFileNames.isSafe(safe), safe);
    }

    @ParameterizedTest
    @ValueSource(strings = { "CON", "a:b", "x.", "x ", "NUL.txt", "a\u0001b" })
    void recognisesUnsafeNames(String name) {
        assertFalse(SafeFileNames.isSafe(name), name);
    }

    @ParameterizedTest
    @ValueSource(ints = { 119, 120, 121, 300 })
    void longNamesAreCutKeepingTheExtension(int length) {
        String safe = SafeFileNames.of("x".repeat(length) + ".p12", "fallback.p12");
        assertTrue(safe.length() <= SafeFileNames.MAX_LENGTH, safe.length() + " characters");
        assertTrue(safe.endsWith(".p12"), safe);
    }
}
