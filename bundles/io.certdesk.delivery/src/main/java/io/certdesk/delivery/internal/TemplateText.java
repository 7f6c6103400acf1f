package io.certdesk.delivery.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {{placeholder}}} fields, Mustache-style but substitution only: mails are plain text, so
 * there is nothing to escape and no need for loops or conditions. Every placeholder is known at parse time,
 * so unknown ones are reported before anything is rendered or sent.
 */
public final class TemplateText {

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"); //$NON-NLS-1$

    /** A placeholder and the 1-based line it is on. */
    public record Field(String name, int line) {
    }

    private final String text;
    private final List<Field> fields;
    private final List<Integer> unclosed;

    private TemplateText(String text, List<Field> fields, List<Integer> unclosed) {
        this.text = text;
        this.fields = fields;
        this.unclosed = unclosed;
    }

    /** Parses a template text. */
    public static TemplateText parse(String text) {
        Objects.requireNonNull(text, "text"); //$NON-NLS-1$
        List<Field> fields = new ArrayList<>();
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            fields.add(new Field(matcher.group(1), lineOf(text, matcher.start())));
        }
        List<Integer> unclosed = new ArrayList<>();
        String rest = FIELD.matcher(text).replaceAll(""); //$NON-NLS-1$
        int at = rest.indexOf("{{"); //$NON-NLS-1$
        while (at >= 0) {
            unclosed.add(lineOf(rest, at));
            at = rest.indexOf("{{", at + 2); //$NON-NLS-1$
        }
        return new TemplateText(text, List.copyOf(fields), List.copyOf(unclosed));
    }

    /** Every placeholder in order, with its line. */
    public List<Field> fields() {
        return fields;
    }

    /** Lines with a {@code {{} that no {@code }}} closes. */
    public List<Integer> unclosedLines() {
        return unclosed;
    }

    /** The placeholders not in {@code known}, by name, with the first line each is on. */
    public Map<String, Integer> unknown(Set<String> known) {
        Map<String, Integer> unknown = new LinkedHashMap<>();
        for (Field field : fields) {
            if (!known.contains(field.name())) {
                unknown.putIfAbsent(field.name(), field.line());
            }
        }
        return unknown;
    }

    /** The text with every placeholder replaced; a placeholder without a value is an error. */
    public String render(Map<String, String> values) {
        Matcher matcher = FIELD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for placeholder " + matcher.group(1)); //$NON-NLS-1$
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
