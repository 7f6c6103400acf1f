package io.certdesk.cli.internal.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;
import org.eclipse.osgi.util.NLS;

/**
 * Failures of a batch grouped by error code and stage: the same error on many rows is printed once, with the count,
 * the first rows and the remedy; the full list is where {@code fullList} says (the result workbook, {@code status}).
 * Each line states its code once. Details never hold a secret (the engines put none in them).
 */
public final class FailureDigest {

    /** How many rows of a group are named. */
    public static final int SHOWN = 3;

    private record Key(ErrorCode code, String where) {
    }

    private static final class Group {
        final List<String> first = new ArrayList<>(SHOWN);
        String firstDetail;
        int count;
    }

    private final Map<Key, Group> groups = new LinkedHashMap<>();
    private final Map<String, Group> warnings = new LinkedHashMap<>();

    /**
     * One failed row.
     *
     * @param where   the stage or delivery part, for people
     * @param subject the row: certificate number and name
     * @param detail  what exactly was found (may repeat the code's message, or be empty)
     */
    public synchronized void add(ErrorCode code, String where, String subject, String detail) {
        Group group = groups.computeIfAbsent(new Key(Objects.requireNonNull(code, "code"), where), k -> new Group()); //$NON-NLS-1$
        note(group, subject, detail);
    }

    /** A warning; the same text on many rows is printed once. */
    public synchronized void warn(String subject, String text) {
        note(warnings.computeIfAbsent(text, k -> new Group()), subject, text);
    }

    private static void note(Group group, String subject, String detail) {
        if (group.count++ < SHOWN) {
            group.first.add(subject);
        }
        if (group.firstDetail == null) {
            group.firstDetail = detail;
        }
    }

    /** The number of failed rows. */
    public synchronized int failures() {
        return groups.values().stream().mapToInt(g -> g.count).sum();
    }

    /**
     * Prints one line per group (and per warning text).
     *
     * @param fullList where every failed row is listed, for the hint under groups of more than {@link #SHOWN}
     */
    public synchronized void print(PrintWriter out, String fullList) {
        boolean cut = false;
        for (Map.Entry<Key, Group> e : groups.entrySet()) {
            ErrorCode code = e.getKey().code();
            Group g = e.getValue();
            String what = describe(code, g.firstDetail);
            if (g.count == 1) {
                out.println(NLS.bind(Messages.digestOne, new Object[] { Integer.toString(code.code()), g.first.get(0),
                        e.getKey().where(), what, code.remedy() }));
            } else {
                String more = g.count > SHOWN ? NLS.bind(Messages.digestMore, Integer.toString(g.count - SHOWN)) : ""; //$NON-NLS-1$
                cut |= g.count > SHOWN;
                out.println(NLS.bind(Messages.digestMany, new Object[] { Integer.toString(code.code()), what,
                        Integer.toString(g.count), e.getKey().where(), String.join(", ", g.first) + more, code.remedy() })); //$NON-NLS-1$
            }
        }
        for (Map.Entry<String, Group> e : warnings.entrySet()) {
            Group g = e.getValue();
            String more = g.count > SHOWN ? NLS.bind(Messages.digestMore, Integer.toString(g.count - SHOWN)) : ""; //$NON-NLS-1$
            out.println(g.count == 1 ? NLS.bind(Messages.warningOne, g.first.get(0), e.getKey())
                    : NLS.bind(Messages.warningMany, new Object[] { e.getKey(), Integer.toString(g.count),
                            String.join(", ", g.first) + more })); //$NON-NLS-1$
        }
        if (cut && fullList != null) {
            out.println(NLS.bind(Messages.digestFullList, fullList));
        }
        out.flush();
    }

    /** The groups as a JSON array: code, where, count, message, remedy, the first rows. */
    public synchronized void json(JsonWriter json) {
        json.beginArray();
        for (Map.Entry<Key, Group> e : groups.entrySet()) {
            ErrorCode code = e.getKey().code();
            Group g = e.getValue();
            json.beginObject().name("code").value(code.code()).name("where").value(e.getKey().where()) //$NON-NLS-1$ //$NON-NLS-2$
                    .name("count").value(g.count).name("message").value(describe(code, g.firstDetail)) //$NON-NLS-1$ //$NON-NLS-2$
                    .name("remedy").value(code.remedy()).name("first").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$
            g.first.forEach(json::value);
            json.endArray().endObject();
        }
        json.endArray();
    }

    /**
     * The code's message, with the detail when it adds something. A detail that is a whole engine message (the
     * delivery ledger keeps "subject: [code] message What to do: remedy") loses its code and remedy: the line states
     * each once.
     */
    public static String describe(ErrorCode code, String detail) {
        String message = code.message();
        if (detail == null || detail.isBlank()) {
            return message;
        }
        String own = ErrorLines.withoutCodeAndRemedy(code, detail);
        if (own.isEmpty() || own.equals(message) || message.contains(own)) {
            return message;
        }
        return own.contains(message) ? own : NLS.bind(Messages.withDetail, message, own);
    }
}
