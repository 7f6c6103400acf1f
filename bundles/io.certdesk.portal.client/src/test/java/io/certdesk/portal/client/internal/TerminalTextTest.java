package io.certdesk.portal.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.client.PortalProfiles;

/** Portal text never reaches the administrator's terminal with control characters or escape sequences in it. */
class TerminalTextTest {

    /** Escape sequences and control characters a hostile or broken portal could put into its pages. */
    @ParameterizedTest
    @ValueSource(strings = { "\u001B[2J\u001B[H", "\u001B[31;1m", "\u001B]0;pwned\u0007", "\u001B]8;;http://evil\u001B\\",
            "\u009B31m", "\u001BPq#0;2;0;0;0\u001B\\", "\u001Bc", "\u0007\u0008\u0008\u0008", "\u007F", "\u0085",
            "\u202Etxt.exe", "\u2066x\u2069", "\u200B\u200F", "\r\n", "\u0000" })
    void portalErrorPagesAreShownWithoutControls(String hostile) {
        String page = "<html><body><p>\u8a3c\u660e\u66f8\u30d5\u30a1\u30a4\u30eb\u306f\u53d6\u5f97\u3067\u304d\u307e\u305b\u3093\u3067\u3057\u305f\u3002"
                + hostile + "\u8a8d\u8a3c\u306b\u5931\u6557\u3057\u307e\u3057\u305f\u3002</p></body></html>";
        String shown = AnswerInterpreter.excerpt(page);
        assertClean(shown);
        assertTrue(shown.startsWith("\u8a3c\u660e\u66f8\u30d5\u30a1\u30a4\u30eb"), shown);
        assertTrue(shown.endsWith("\u8a8d\u8a3c\u306b\u5931\u6557\u3057\u307e\u3057\u305f\u3002"), shown);
        assertFalse(shown.contains("pwned") || shown.contains("evil"), "an escape sequence is dropped whole: " + shown);

        Outcome outcome = new AnswerInterpreter(PortalProfiles.reference()).interpret(200, "text/html; charset=UTF-8",
                page.getBytes(StandardCharsets.UTF_8), null, null, null);
        assertClean(assertInstanceOf(Outcome.Failed.class, outcome).detail());
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/x-\u001B[2Jevil", "text/plain\u001B]0;title\u0007", "application/\u202Eoctet" })
    void anUnexpectedContentTypeIsShownWithoutControls(String contentType) {
        Outcome outcome = new AnswerInterpreter(PortalProfiles.reference()).interpret(200, contentType, new byte[] { 1, 2 },
                null, null, null);
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, outcome);
        assertEquals(ErrorCode.COMM_CONTENT_TYPE, failed.code());
        assertClean(failed.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = { "attachment; filename=\"End\u001B[2JUser.p12\"", "attachment; filename=\"\u202Ep12.exe\"",
            "attachment; filename*=UTF-8''End%1B%5B2JUser.p12", "attachment; filename=\"End\u007FUser.p12\"",
            "attachment; filename*=UTF-8''%C2%9B31mEndUser.p12" })
    void aFileNameWithControlsIsNotTaken(String disposition) {
        assertEquals(Optional.empty(), ContentDisposition.fileName(disposition), disposition);
    }

    private static void assertClean(String text) {
        for (char c : text.toCharArray()) {
            assertFalse(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT,
                    "U+" + Integer.toHexString(c) + " in " + text);
        }
    }
}
