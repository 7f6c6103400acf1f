package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.certdesk.ui.internal.handlers.ContextHelpHandler;
import io.certdesk.ui.internal.help.GuideRenderer;
import io.certdesk.ui.internal.help.GuideText;
import io.certdesk.ui.internal.help.UserGuide;
import io.certdesk.ui.internal.help.UserGuideDialog;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The user guide as the workbench shows it: opened (as F1 does) for the Entries part at its section, with that
 * heading in the contents selected and at the top of the text; a word found with Find Next (real key events) and
 * selected; the guide in the run's language. And the F1 table cannot rot: every section it names is a heading of
 * both guides, and both guides have the same headings.
 */
class UserGuideTest {

    @Test
    void f1OnTheEntriesPartOpensItsSectionAndFindNextSelectsAWord() throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setText("CertDesk");
        shell.setSize(1200, 780);
        shell.open();
        MPart entries = MBasicFactory.INSTANCE.createPart();
        entries.setElementId("io.certdesk.ui.part.entries");
        String anchor = ContextHelpHandler.section(shell, entries);
        assertEquals("working-on-a-selection", anchor);
        UserGuideDialog dialog = UserGuideDialog.show(shell, anchor);
        try {
            Ui.activate(dialog.getShell());
            GuideText guide = dialog.guide();
            GuideText.Heading heading = guide.heading(anchor).orElseThrow();
            assertEquals(1, dialog.contents().getSelectionCount());
            assertEquals(heading.title(), dialog.contents().getSelection()[0].getText());
            assertEquals(dialog.body().getLineAtOffset(heading.offset()), dialog.body().getTopIndex(),
                    "the section's heading at the top");
            if (Ui.japanese()) {
                assertTrue(guide.text().contains("\u30e6\u30fc\u30b6\u30fc\u30ac\u30a4\u30c9"), "the Japanese guide");
            } else {
                assertEquals("Working on a selection", heading.title());
            }
            Ui.screenshot(dialog.getShell(), "guide");

            dialog.searchBox().setFocus();
            Ui.type(display, "ctrl");
            Ui.settle(display, 100);
            assertEquals("ctrl", dialog.searchBox().getText(), "typed with real key events");
            Ui.key(display, '\r', SWT.CR);
            Ui.settle(display, 200);
            assertEquals("ctrl", dialog.body().getSelectionText().toLowerCase(java.util.Locale.ROOT));
            int first = dialog.body().getSelection().x;
            Ui.key(display, '\r', SWT.CR);
            Ui.settle(display, 100);
            assertTrue(dialog.body().getSelection().x > first, "Find Next moves on");
            dialog.searchBox().setText("no-such-words-in-the-guide");
            dialog.findNext();
            assertTrue(dialog.body().getSelection().x > first, "nothing found: the selection stays");
        } finally {
            dialog.close();
            shell.dispose();
        }
    }

    @Test
    void everyF1SectionIsAHeadingOfBothGuidesWhichHaveTheSameHeadings() {
        GuideText en = UserGuide.load("en");
        GuideText ja = UserGuide.load("ja");
        Set<String> enAnchors = en.headings().stream().map(GuideText.Heading::anchor).collect(Collectors.toSet());
        Set<String> jaAnchors = ja.headings().stream().map(GuideText.Heading::anchor).collect(Collectors.toSet());
        for (var entry : UserGuide.SECTIONS.entrySet()) {
            assertTrue(enAnchors.contains(entry.getValue()), entry + " is not a heading of the English guide");
            assertTrue(jaAnchors.contains(entry.getValue()), entry + " is not a heading of the Japanese guide");
        }
        List<Integer> enLevels = en.headings().stream().map(GuideText.Heading::level).toList();
        List<Integer> jaLevels = ja.headings().stream().map(GuideText.Heading::level).toList();
        assertEquals(enLevels, jaLevels, "the same headings, in the same order, in both guides");
        assertEquals("delivery-channels-never-the-same-channel",
                GuideRenderer.slug("Delivery channels: never the same channel"));
    }
}
