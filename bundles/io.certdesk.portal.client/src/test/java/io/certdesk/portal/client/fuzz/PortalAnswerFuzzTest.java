package io.certdesk.portal.client.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.portal.client.internal.AnswerInterpreter;
import io.certdesk.portal.client.internal.ContentDisposition;

/**
 * The portal-answer parser on arbitrary answers: status, Content-Type, Retry-After, Content-Disposition and
 * first-download headers and body all come from the input (fields separated by NUL bytes, the body last). Every input
 * ends in an outcome (delivered or a failure with a catalogue code), never an exception, an {@link Error} or a hang.
 * The normal test run replays the committed corpus; CI fuzzes it for a bounded time (docs/architecture.md, "Fuzzing").
 */
class PortalAnswerFuzzTest {

    private static final int[] STATUSES = { 200, 403, 404, 429, 500, 503 };
    private static final AnswerInterpreter INTERPRETER = new AnswerInterpreter(PortalProfiles.reference());

    @FuzzTest(maxDuration = "30s")
    void interpret(byte[] data) {
        int status = data.length == 0 ? 200 : STATUSES[(data[0] & 0xFF) % STATUSES.length];
        String[] fields = new String[4];
        int at = Math.min(1, data.length);
        for (int i = 0; i < fields.length; i++) {
            int end = at;
            while (end < data.length && data[end] != 0) {
                end++;
            }
            fields[i] = end > at ? new String(data, at, end - at, StandardCharsets.ISO_8859_1) : null;
            at = Math.min(end + 1, data.length);
        }
        byte[] body = Arrays.copyOfRange(data, at, data.length);
        if (INTERPRETER.interpret(status, fields[0], body, fields[1], fields[2], fields[3]) == null) {
            throw new AssertionError("no outcome"); //$NON-NLS-1$
        }
        ContentDisposition.fileName(fields[2]);
    }
}
