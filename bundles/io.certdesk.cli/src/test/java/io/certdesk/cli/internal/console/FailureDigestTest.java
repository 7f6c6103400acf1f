package io.certdesk.cli.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import io.certdesk.core.errors.ErrorCode;

/** The failure digest: each line states its code and remedy once, whatever the engine put in the detail. */
class FailureDigestTest {

    private static String print(FailureDigest digest) {
        StringWriter out = new StringWriter();
        digest.print(new PrintWriter(out), "result.xlsx");
        return out.toString();
    }

    @Test
    void aDeliveryDetailThatIsAWholeEngineMessageLosesItsOwnCodeAndRemedy() {
        ErrorCode code = ErrorCode.of(408).orElseThrow();
        // what the delivery ledger keeps: "subject: [code] message (detail) What to do: remedy"
        String detail = "row 2 (e1): [408] " + code.message() + " (not-an-address) What to do: " + code.remedy();
        FailureDigest digest = new FailureDigest();
        digest.add(code, "file", "0001 User 1", detail);
        String line = print(digest).strip();
        assertEquals(1, line.split("\\[408\\]", -1).length - 1, line);
        assertEquals(1, line.split("What to do", -1).length - 1, line);
        assertTrue(line.contains("not-an-address"), line);
        assertTrue(line.startsWith("[408] 0001 User 1 (file): "), line);
    }

    @Test
    void aDetailThatRepeatsTheMessageIsNotPrintedTwice() {
        ErrorCode code = ErrorCode.of(408).orElseThrow();
        assertEquals(code.message(), FailureDigest.describe(code, code.message()));
        assertEquals(code.message(), FailureDigest.describe(code, ""));
        assertEquals(code.message() + " (HTTP 500)", FailureDigest.describe(code, "HTTP 500"));
    }

    @Test
    void manyRowsWithTheSameErrorAreOneLineWithTheCountAndTheFirstRows() {
        ErrorCode code = ErrorCode.of(408).orElseThrow();
        FailureDigest digest = new FailureDigest();
        for (int i = 1; i <= 200; i++) {
            digest.add(code, "file", "row " + i, code.message());
        }
        String printed = print(digest);
        assertEquals(2, printed.lines().count(), printed);
        assertTrue(printed.contains("200 entries"), printed);
        assertTrue(printed.contains("row 1, row 2, row 3 and 197 more"), printed);
        assertTrue(printed.contains("result.xlsx"), printed);
        assertEquals(200, digest.failures());
    }
}
