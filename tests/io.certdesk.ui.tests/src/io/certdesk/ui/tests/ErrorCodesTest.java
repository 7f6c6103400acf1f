package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.ui.internal.help.ErrorCodesDialog;
import io.certdesk.ui.internal.help.Messages;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * Help &gt; Error Codes as a person uses it: the whole catalogue, a code typed into the search box with real key
 * events, words, the same code typed in full-width digits (a Japanese input method), and a search that finds nothing.
 */
class ErrorCodesTest {

    @Test
    void theCatalogueIsSearchedByNumberAndWords() throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setText("CertDesk error codes");
        shell.open();
        ErrorCodesDialog dialog = new ErrorCodesDialog(shell);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Ui.activate(dialog.getShell());
            assertEquals(ErrorCode.values().length, dialog.table().getItemCount(), "the whole catalogue");

            Ui.typeInto(dialog.searchBox(), "408");
            Ui.settle(display, 100);
            assertEquals(1, dialog.table().getItemCount());
            assertEquals("408", dialog.table().getItem(0).getText(0));
            ErrorCode code = ErrorCode.of(408).orElseThrow();
            assertTrue(dialog.detailsBox().getText().contains(code.remedy()), dialog.detailsBox().getText());
            assertTrue(dialog.detailsBox().getText().contains(code.cause()), dialog.detailsBox().getText());
            Ui.screenshot(dialog.getShell(), "error-codes-408");

            dialog.searchBox().setText("\uff14\uff10\uff18"); // 408 as a Japanese input method types it
            assertEquals(1, dialog.table().getItemCount(), "full-width digits");

            dialog.searchBox().selectAll();
            Ui.type(display, "smtp");
            Ui.settle(display, 100);
            int smtp = dialog.table().getItemCount();
            assertTrue(smtp >= 2, "codes about SMTP: " + smtp);
            for (int i = 0; i < smtp; i++) {
                ErrorCode found = ErrorCode.of(Integer.parseInt(dialog.table().getItem(i).getText(0))).orElseThrow();
                String all = (found.message() + found.cause() + found.remedy()).toLowerCase(java.util.Locale.ROOT);
                assertTrue(all.contains("smtp"), found + " does not mention SMTP");
            }

            dialog.searchBox().setText("no-such-words-at-all");
            assertEquals(0, dialog.table().getItemCount());
            assertEquals(Messages.nothing, dialog.detailsBox().getText());
        } finally {
            dialog.close();
            shell.dispose();
        }
    }
}
