package io.certdesk.ui.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.certdesk.ui.internal.help.GuideText.Heading;
import io.certdesk.ui.internal.help.GuideText.Kind;
import io.certdesk.ui.internal.help.GuideText.Run;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown (commonmark-java's AST, with GitHub tables) into {@link GuideText}: headings, paragraphs, bullet and
 * numbered lists, code in monospace, links as their text, tables as rows of cells. Raw HTML is left out.
 */
public final class GuideRenderer extends AbstractVisitor {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final StringBuilder out = new StringBuilder();
    private final List<Run> runs = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private String indent = ""; //$NON-NLS-1$

    private GuideRenderer() {
    }

    /** The guide's text; anchors of the headings are their own GitHub-style slugs. */
    public static GuideText render(String markdown) {
        GuideRenderer renderer = new GuideRenderer();
        PARSER.parse(markdown).accept(renderer);
        String text = renderer.out.toString().stripTrailing();
        return new GuideText(text, List.copyOf(renderer.runs), List.copyOf(renderer.headings));
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
    public static String slug(String title) {
        StringBuilder slug = new StringBuilder();
        title.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }

    private void blankLine() {
        if (out.isEmpty()) {
            return;
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    private void styled(Kind kind, Node node) {
        int start = out.length();
        visitChildren(node);
        if (out.length() > start) {
            runs.add(new Run(start, out.length() - start, kind));
        }
    }

    @Override
    public void visit(org.commonmark.node.Heading heading) {
        blankLine();
        int start = out.length();
        visitChildren(heading);
        String title = out.substring(start);
        Kind kind = heading.getLevel() == 1 ? Kind.H1 : heading.getLevel() == 2 ? Kind.H2 : Kind.H3;
        runs.add(new Run(start, title.length(), kind));
        headings.add(new Heading(heading.getLevel(), title, slug(title), start));
        out.append("\n\n"); //$NON-NLS-1$
    }

    @Override
    public void visit(Paragraph paragraph) {
        boolean tight = paragraph.getParent() instanceof ListItem item && item.getParent() instanceof ListBlock list
                && list.isTight();
        if (!tight && !(paragraph.getParent() instanceof ListItem && paragraph.getPrevious() == null)) {
            blankLine();
            out.append(indent);
        }
        visitChildren(paragraph);
        out.append('\n');
    }

    @Override
    public void visit(BulletList list) {
        items(list, -1);
    }

    @Override
    public void visit(OrderedList list) {
        Integer start = list.getMarkerStartNumber();
        items(list, start == null ? 1 : start);
    }

    private void items(ListBlock list, int number) {
        if (!(list.getParent() instanceof ListItem)) {
            blankLine();
        }
        String outer = indent;
        int n = number;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            String marker = number < 0 ? "\u2022 " : n++ + ". "; //$NON-NLS-1$
            out.append(outer).append(marker);
            indent = outer + " ".repeat(marker.length()); //$NON-NLS-1$
            item.accept(this);
        }
        indent = outer;
    }

    @Override
    public void visit(Code code) {
        int start = out.length();
        out.append(code.getLiteral());
        runs.add(new Run(start, code.getLiteral().length(), Kind.CODE));
    }

    @Override
    public void visit(FencedCodeBlock block) {
        codeBlock(block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        codeBlock(block.getLiteral());
    }

    private void codeBlock(String literal) {
        blankLine();
        for (String line : literal.stripTrailing().split("\n", -1)) { //$NON-NLS-1$
            out.append(indent).append("    "); //$NON-NLS-1$
            int start = out.length();
            out.append(line);
            runs.add(new Run(start, line.length(), Kind.CODE));
            out.append('\n');
        }
    }

    @Override
    public void visit(Emphasis emphasis) {
        styled(Kind.ITALIC, emphasis);
    }

    @Override
    public void visit(StrongEmphasis strong) {
        styled(Kind.BOLD, strong);
    }

    @Override
    public void visit(Link link) {
        styled(Kind.LINK, link);
    }

    @Override
    public void visit(Text text) {
        out.append(text.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        // Japanese lines join without a space, other scripts with one.
        char last = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
        Node next = lineBreak.getNext();
        char first = next instanceof Text text && !text.getLiteral().isEmpty() ? text.getLiteral().charAt(0) : 'a';
        if (!(wide(last) && wide(first))) {
            out.append(' ');
        }
    }

    private static boolean wide(char c) {
        return c >= '\u2e80';
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        out.append('\n').append(indent);
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        blankLine();
        out.append("\u2015".repeat(20)).append('\n'); //$NON-NLS-1$
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock) {
            table(block);
        } else {
            visitChildren(block);
        }
    }

    private void table(Node table) {
        blankLine();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                out.append(indent);
                int start = out.length();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell != row.getFirstChild()) {
                        out.append("  \u2502  "); //$NON-NLS-1$
                    }
                    if (cell instanceof TableCell) {
                        visitChildren(cell);
                    }
                }
                if (section == table.getFirstChild()) {
                    runs.add(new Run(start, out.length() - start, Kind.BOLD));
                }
                out.append('\n');
            }
        }
    }
}
