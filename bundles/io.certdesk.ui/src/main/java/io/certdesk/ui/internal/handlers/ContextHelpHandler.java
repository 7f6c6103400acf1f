package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.help.UserGuide;
import io.certdesk.ui.internal.help.UserGuideDialog;
import jakarta.inject.Named;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * F1: the user guide at the section of what has the focus: the dialog in front (by its class, a wizard by its
 * wizard's class), else the active part (by its element ID); see {@link UserGuide#SECTIONS}.
 */
public final class ContextHelpHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        UserGuideDialog.show(shell, section(shell, part));
    }

    /** The anchor for a shell's dialog or the active part, null when neither has a section. */
    public static String section(Shell shell, MPart part) {
        Object data = shell == null ? null : shell.getData();
        if (data instanceof WizardDialog wizard && wizard.getCurrentPage() != null) {
            data = wizard.getCurrentPage().getWizard();
        }
        if (data != null && UserGuide.SECTIONS.containsKey(data.getClass().getSimpleName())) {
            return UserGuide.SECTIONS.get(data.getClass().getSimpleName());
        }
        return part == null ? null : UserGuide.SECTIONS.get(part.getElementId());
    }
}
