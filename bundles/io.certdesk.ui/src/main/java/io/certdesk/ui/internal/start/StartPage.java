package io.certdesk.ui.internal.start;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.certdesk.ui.internal.Accessible;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * What the window shows while no workspace is open: new workspace, open workspace, the recent workspaces (one
 * button each) and try the demo, each with a sentence saying what it does.
 */
public final class StartPage {

    private final WorkspaceActions actions;
    private final Composite page;
    private final Composite recentArea;
    private final Label problem;
    private final Button newButton;
    private final Button openButton;
    private final Button demoButton;

    public StartPage(Composite parent, WorkspaceActions actions) {
        this.actions = Objects.requireNonNull(actions, "actions"); //$NON-NLS-1$
        page = new Composite(parent, SWT.NONE);
        PixelConverter pixels = new PixelConverter(parent);
        int width = pixels.convertWidthInCharsToPixels(80);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(pixels.convertHorizontalDLUsToPixels(8),
                pixels.convertVerticalDLUsToPixels(4)).margins(pixels.convertHorizontalDLUsToPixels(12),
                        pixels.convertVerticalDLUsToPixels(12)).applyTo(page);
        Label title = new Label(page, SWT.NONE);
        title.setText(Messages.startTitle);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
        Label intro = new Label(page, SWT.WRAP);
        intro.setText(Messages.startIntro);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(width, SWT.DEFAULT).applyTo(intro);
        problem = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(width, SWT.DEFAULT).exclude(true)
                .applyTo(problem);
        problem.setVisible(false);
        newButton = action(Messages.startNew, Messages.startNewHelp, () -> actions.newWorkspace(page.getShell()));
        openButton = action(Messages.startOpen, Messages.startOpenHelp, () -> actions.openWorkspace(page.getShell()));
        demoButton = action(Messages.startDemo, NLS.bind(Messages.startDemoHelp,
                Integer.toString(WorkspaceActions.DEMO_USERS)), actions::tryDemo);
        demoButton.setEnabled(actions.demoAvailable());
        Label recentTitle = new Label(page, SWT.NONE);
        recentTitle.setText(Messages.startRecent);
        recentTitle.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).indent(0, pixels.convertVerticalDLUsToPixels(8)).applyTo(recentTitle);
        recentArea = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(recentArea);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(recentArea);
        showRecent();
    }

    private Button action(String text, String help, Runnable run) {
        Button button = new Button(page, SWT.PUSH);
        button.setText(text);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(button);
        Label label = new Label(page, SWT.WRAP);
        label.setText(help);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER)
                .hint(new PixelConverter(page).convertWidthInCharsToPixels(60), SWT.DEFAULT).applyTo(label);
        Accessible.name(button, text.replace("&", "") + ": " + help); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        button.addListener(SWT.Selection, event -> run.run());
        return button;
    }

    /** Shows the recent list again (after a workspace opened or one was forgotten). */
    public void showRecent() {
        for (Control child : recentArea.getChildren()) {
            child.dispose();
        }
        List<Path> folders = actions.recent().list();
        if (folders.isEmpty()) {
            Label none = new Label(recentArea, SWT.NONE);
            none.setText(Messages.startNoRecent);
        }
        for (Path folder : folders) {
            Button button = new Button(recentArea, SWT.PUSH | SWT.LEFT);
            button.setText(folder.toString());
            button.setData(folder);
            Accessible.name(button, NLS.bind(Messages.startRecentAccessible, folder));
            button.setToolTipText(NLS.bind(Messages.startRecentAccessible, folder));
            button.addListener(SWT.Selection, event -> actions.openRecent(page.getShell(), folder));
        }
        page.layout(true, true);
    }

    /** Shows why the last attempt failed (or nothing). */
    public void showProblem(String text) {
        boolean shown = text != null && !text.isEmpty();
        problem.setText(shown ? text : ""); //$NON-NLS-1$
        problem.setVisible(shown);
        ((org.eclipse.swt.layout.GridData) problem.getLayoutData()).exclude = !shown;
        page.layout(true, true);
    }

    public Composite control() {
        return page;
    }

    public Button newButton() {
        return newButton;
    }

    public Button openButton() {
        return openButton;
    }

    public Button demoButton() {
        return demoButton;
    }

    /** The recent workspace buttons, newest first. */
    public List<Button> recentButtons() {
        return java.util.Arrays.stream(recentArea.getChildren()).filter(Button.class::isInstance)
                .map(Button.class::cast).toList();
    }
}
