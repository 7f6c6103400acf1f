package io.certdesk.ui.internal.help;

import java.util.ArrayList;
import java.util.List;

import io.certdesk.ui.internal.help.GuideText.Heading;
import io.certdesk.ui.internal.help.GuideText.Kind;
import io.certdesk.ui.internal.help.GuideText.Run;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Help &gt; User Guide and F1: the guide bundled with the product in the UI's language, rendered into a StyledText
 * (headings larger and bold, code in monospace, links underlined), its headings as a tree on the left, and a search
 * box whose Find Next selects the next match (selection, not colour alone). Modeless: one guide at a time.
 */
public final class UserGuideDialog extends Dialog {

    private static UserGuideDialog current;

    private final GuideText guide;
    private String anchor;
    private Text search;
    private Label status;
    private Tree toc;
    private StyledText body;
    private final List<Font> fonts = new ArrayList<>();

    private UserGuideDialog(Shell parent, String language, String anchor) {
        super(parent);
        this.guide = UserGuide.load(language);
        this.anchor = anchor;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MAX | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    /** Opens the guide (or brings the open one forward) at a section's anchor, or at the top for null. */
    public static UserGuideDialog show(Shell parent, String anchor) {
        if (current != null && current.getShell() != null && !current.getShell().isDisposed()
                && current.getParentShell() == parent) {
            current.getShell().setActive();
            current.goTo(anchor);
            return current;
        }
        if (current != null) {
            current.close();
        }
        current = new UserGuideDialog(parent, UserGuide.language(), anchor);
        current.open();
        return current;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.guideTitle);
        shell.addDisposeListener(e -> fonts.forEach(Font::dispose));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(area);
        Label searchLabel = new Label(area, SWT.NONE);
        searchLabel.setText(Messages.guideSearch);
        search = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.guideSearchHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        Button next = new Button(area, SWT.PUSH);
        next.setText(Messages.guideFindNext);
        status = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().hint(convertWidthInCharsToPixels(28), SWT.DEFAULT).applyTo(status);
        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true)
                .hint(convertWidthInCharsToPixels(130), convertHeightInCharsToPixels(36)).applyTo(sash);
        toc = new Tree(sash, SWT.BORDER | SWT.SINGLE);
        toc.getAccessible();
        body = new StyledText(sash, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        body.setLeftMargin(8);
        body.setRightMargin(8);
        sash.setWeights(1, 3);
        fill();
        // Enter in the search box finds the next match instead of pressing the dialog's default button.
        search.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
            }
        });
        search.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                findNext();
            }
        });
        next.addListener(SWT.Selection, e -> findNext());
        toc.addListener(SWT.Selection, e -> {
            if (e.item instanceof TreeItem item && item.getData() instanceof Heading heading) {
                scrollTo(heading);
            }
        });
        return area;
    }

    @Override
    public void create() {
        super.create();
        goTo(anchor);
    }

    private void fill() {
        body.setText(guide.text());
        int length = guide.text().length();
        int[] flags = new int[length];
        for (Run run : guide.runs()) {
            for (int i = run.start(); i < Math.min(length, run.start() + run.length()); i++) {
                flags[i] |= 1 << run.kind().ordinal();
            }
        }
        Font base = body.getFont();
        Font[] headingFonts = { font(base, 1.7f), font(base, 1.35f), font(base, 1.15f) };
        Font code = JFaceResources.getTextFont();
        List<StyleRange> ranges = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || flags[i] != flags[start]) {
                if (flags[start] != 0) {
                    ranges.add(range(start, i - start, flags[start], headingFonts, code));
                }
                start = i;
            }
        }
        body.setStyleRanges(ranges.toArray(StyleRange[]::new));
        TreeItem parent = null;
        for (Heading heading : guide.headings()) {
            if (heading.level() < 2) {
                continue;
            }
            TreeItem item = heading.level() == 2 || parent == null ? new TreeItem(toc, SWT.NONE)
                    : new TreeItem(parent, SWT.NONE);
            item.setText(heading.title());
            item.setData(heading);
            if (heading.level() == 2) {
                parent = item;
            }
        }
    }

    private Font font(Font base, float scale) {
        FontData[] data = base.getFontData();
        for (FontData d : data) {
            d.setHeight(Math.round(d.getHeight() * scale));
            d.setStyle(SWT.BOLD);
        }
        Font font = new Font(base.getDevice(), data);
        fonts.add(font);
        return font;
    }

    private static StyleRange range(int start, int length, int flags, Font[] headings, Font code) {
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = length;
        if (has(flags, Kind.H1)) {
            range.font = headings[0];
        } else if (has(flags, Kind.H2)) {
            range.font = headings[1];
        } else if (has(flags, Kind.H3)) {
            range.font = headings[2];
        } else if (has(flags, Kind.CODE)) {
            range.font = code;
        } else {
            range.fontStyle = (has(flags, Kind.BOLD) ? SWT.BOLD : 0) | (has(flags, Kind.ITALIC) ? SWT.ITALIC : 0);
        }
        range.underline = has(flags, Kind.LINK);
        return range;
    }

    private static boolean has(int flags, Kind kind) {
        return (flags & (1 << kind.ordinal())) != 0;
    }

    /** Shows the section with this anchor (the top for null or an unknown anchor). */
    public void goTo(String sectionAnchor) {
        this.anchor = sectionAnchor;
        if (body == null) {
            return;
        }
        guide.heading(sectionAnchor == null ? "" : sectionAnchor).ifPresentOrElse(heading -> { //$NON-NLS-1$
            scrollTo(heading);
            select(heading);
        }, () -> body.setTopIndex(0));
    }

    private void scrollTo(Heading heading) {
        body.setCaretOffset(heading.offset());
        body.setTopIndex(body.getLineAtOffset(heading.offset()));
    }

    private void select(Heading heading) {
        for (TreeItem top : toc.getItems()) {
            if (top.getData() == heading) {
                toc.setSelection(top);
                return;
            }
            for (TreeItem child : top.getItems()) {
                if (child.getData() == heading) {
                    top.setExpanded(true);
                    toc.setSelection(child);
                    return;
                }
            }
        }
    }

    /** Selects the next match of the search box's words after the caret (from the top again at the end). */
    public void findNext() {
        String word = search.getText().strip();
        if (word.isEmpty()) {
            status.setText(""); //$NON-NLS-1$
            return;
        }
        String text = guide.text();
        int from = body.getSelection().y;
        int at = indexOf(text, word, from);
        if (at < 0) {
            at = indexOf(text, word, 0);
        }
        if (at < 0) {
            status.setText(NLS.bind(Messages.guideNotFound, word));
            return;
        }
        body.setSelection(at, at + word.length());
        body.showSelection();
        guide.headingAt(at).ifPresent(this::select);
        status.setText(NLS.bind(Messages.guideFound, Integer.toString(body.getLineAtOffset(at) + 1)));
    }

    private static int indexOf(String text, String word, int from) {
        for (int i = Math.max(0, from); i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** The guide shown (tests). */
    public GuideText guide() {
        return guide;
    }

    /** The search box (tests). */
    public Text searchBox() {
        return search;
    }

    /** The text (tests). */
    public StyledText body() {
        return body;
    }

    /** The table of contents (tests). */
    public Tree contents() {
        return toc;
    }
}
