package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import io.certdesk.jobs.JobService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The platform's own texts read in the user's language: the buttons JFace puts on every wizard and dialog come from
 * the translation fragments CertDesk ships (io.certdesk.ui.nl.jface, io.certdesk.ui.nl.renderers), since the Eclipse
 * language packs are not on Maven Central. The expected labels are written out here, not read from JFace, so a
 * missing or unreadable fragment fails the Japanese run.
 */
class PlatformTextsTest {

    @Test
    void wizardButtonsReadInTheUsersLanguage() throws Exception {
        JobService jobs = Services.get(JobService.class);
        try (PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO))) {
            WizardDialog dialog = ui.actions.newWorkspaceDialog(ui.shell);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Shell wizardShell = dialog.getShell();
            try {
                List<String> labels = Ui.find(wizardShell, Button.class).stream().map(Button::getText).toList();
                List<String> expected = Ui.japanese()
                        ? List.of("< \u623b\u308b(&B)", "\u6b21\u3078(&N) >", "\u5b8c\u4e86(&F)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                "\u30ad\u30e3\u30f3\u30bb\u30eb") //$NON-NLS-1$
                        : List.of("< &Back", "&Next >", "&Finish", "Cancel"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                for (String label : expected) {
                    assertTrue(labels.contains(label), "no button \"" + label + "\" among " + labels);
                }
                Ui.screenshot(wizardShell, "platform-texts-wizard");
            } finally {
                dialog.close();
            }
        }
    }

    @Test
    void theRenderersTabMenuHasItsJapaneseTexts() throws IOException {
        Bundle renderers = Arrays.stream(FrameworkUtil.getBundle(PlatformTextsTest.class).getBundleContext().getBundles())
                .filter(b -> "org.eclipse.e4.ui.workbench.renderers.swt".equals(b.getSymbolicName())) //$NON-NLS-1$
                .findFirst().orElseThrow(() -> new AssertionError("the e4 renderers bundle is not in the runtime"));
        // found through the host, as the renderers' NLS class finds it: the fragment is on the host's class path
        Properties texts = new Properties();
        try (InputStream in = renderers.getResource(
                "org/eclipse/e4/ui/internal/workbench/renderers/swt/messages_ja.properties").openStream()) { //$NON-NLS-1$
            texts.load(in);
        }
        assertEquals("\u9589\u3058\u308b(&C)", texts.getProperty("menuClose")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("\u3059\u3079\u3066\u9589\u3058\u308b(&A)", texts.getProperty("menuCloseAll")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
