package io.certdesk.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names {@code copyExports} gives exported files are safe on Windows. Before the fix a certificate number such
 * as {@code CON} or {@code LPT1} became {@code CON.p12}, a device name Windows cannot create as a file.
 */
class ExportFileNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "12345678|12345678.p12", "CON|_CON.p12", "lpt1|_lpt1.p12", "nul.x|_nul.x.p12",
            "A/1:2|A_1_2.p12", "'..'|entry-5.p12", "'ab. '|ab.p12", "''|entry-5.p12" })
    void exportedFileNamesAreSafeOnWindows(String number, String expected) {
        assertEquals(expected, ExportCopier.fileName(number, 5));
    }
}
