package io.certdesk.ui.internal.help;

import java.util.List;

/**
 * The user guide as plain text with what the view needs to style and navigate it: style runs (heading levels, bold,
 * italic, code, links), the headings with their anchors and offsets, and list lines to indent.
 */
public record GuideText(String text, List<Run> runs, List<Heading> headings) {

    /** How a span of text looks. */
    public enum Kind { H1, H2, H3, BOLD, ITALIC, CODE, LINK }

    /** A styled span. */
    public record Run(int start, int length, Kind kind) {
    }

    /** A heading: its level (1-6), text, anchor (the English guide's GitHub-style slug) and offset in the text. */
    public record Heading(int level, String title, String anchor, int offset) {
    }

    /** The heading with this anchor, if any. */
    public java.util.Optional<Heading> heading(String anchor) {
        return headings.stream().filter(h -> h.anchor().equals(anchor)).findFirst();
    }

    /** The heading an offset belongs to (the last one at or before it). */
    public java.util.Optional<Heading> headingAt(int offset) {
        Heading found = null;
        for (Heading heading : headings) {
            if (heading.offset() <= offset) {
                found = heading;
            }
        }
        return java.util.Optional.ofNullable(found);
    }
}
