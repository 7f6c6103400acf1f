package io.certdesk.ui.internal.workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.JobService;
import io.certdesk.ui.internal.activity.ActivityLog;
import io.certdesk.ui.internal.activity.EntrySelection;
import io.certdesk.ui.internal.activity.WorkspaceJobs;
import io.certdesk.ui.internal.entries.FilterRequests;
import io.certdesk.ui.internal.start.RecentWorkspaces;
import io.certdesk.ui.internal.start.WorkspaceActions;
import io.certdesk.ui.internal.watch.PopupNotifier;
import io.certdesk.ui.internal.watch.WatchSettings;
import io.certdesk.ui.internal.watch.Watcher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * Puts the {@link WorkspaceModel} and the {@link Clock} into the application's context and, once the window is up,
 * opens the workspace named at start-up ({@code certdesk gui --workspace DIR [--passphrase-file F]}, passed by the
 * command-line face as the system properties {@value #WORKSPACE_PROPERTY} and {@value #PASSPHRASE_FILE_PROPERTY}).
 */
public final class WorkspaceAddon {

    /** The workspace folder to open at start-up. */
    public static final String WORKSPACE_PROPERTY = "certdesk.gui.workspace"; //$NON-NLS-1$
    /** The file holding its passphrase; without it the window asks. */
    public static final String PASSPHRASE_FILE_PROPERTY = "certdesk.gui.passphraseFile"; //$NON-NLS-1$

    /** Start the demo in the window ({@code certdesk demo --gui}): the number of users. */
    public static final String DEMO_USERS_PROPERTY = "certdesk.gui.demo.users"; //$NON-NLS-1$
    /** The demo's folder ({@code certdesk demo --gui --out DIR}); without it a new folder in the home folder. */
    public static final String DEMO_FOLDER_PROPERTY = "certdesk.gui.demo.folder"; //$NON-NLS-1$

    private WorkspaceModel model;
    private WorkspaceActions actions;
    private DemoService demos;
    private Watcher watcher;
    private IEclipsePreferences.IPreferenceChangeListener preferencesChanged;

    @PostConstruct
    public void start(MApplication application, JobService jobs, UISynchronize sync,
            @Optional DemoService demoService) {
        IEclipseContext context = application.getContext();
        model = new WorkspaceModel(jobs, sync::asyncExec);
        demos = demoService;
        context.set(WorkspaceModel.class, model);
        actions = new WorkspaceActions(model,
                new RecentWorkspaces(InstanceScope.INSTANCE.getNode("io.certdesk.ui")), //$NON-NLS-1$
                java.util.Optional.ofNullable(demoService), WorkspaceActions::defaultDemoFolder);
        context.set(WorkspaceActions.class, actions);
        if (context.getLocal(Clock.class) == null) {
            context.set(Clock.class, Clock.systemDefaultZone());
        }
        ActivityLog log = new ActivityLog(context.get(Clock.class));
        context.set(ActivityLog.class, log);
        context.set(WorkspaceJobs.class, new WorkspaceJobs(model, log, sync::asyncExec));
        context.set(EntrySelection.class, new EntrySelection());
        context.set(FilterRequests.class, new FilterRequests());
    }

    @Inject
    @Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event,
            MApplication application) {
        if (model == null) {
            return;
        }
        startWatching(application.getContext());
        String users = System.getProperty(DEMO_USERS_PROPERTY);
        if (users != null && !users.isBlank() && demos != null) {
            String demoFolder = System.getProperty(DEMO_FOLDER_PROPERTY);
            model.startDemo(demos, Integer.parseInt(users.strip()),
                    demoFolder == null || demoFolder.isBlank() ? WorkspaceActions.defaultDemoFolder()
                            : Path.of(demoFolder),
                    WorkspaceActions.demoLocale());
            return;
        }
        String folder = System.getProperty(WORKSPACE_PROPERTY);
        if (folder == null || folder.isBlank()) {
            return;
        }
        Shell shell = null;
        for (MWindow window : application.getChildren()) {
            if (window.getWidget() instanceof Shell candidate) {
                shell = candidate;
                break;
            }
        }
        String file = System.getProperty(PASSPHRASE_FILE_PROPERTY);
        OpenWorkspace.open(shell, model, Path.of(folder),
                file == null || file.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(file)));
    }

    /** The watcher with pop-up notifications, on the user's watching preferences. */
    private void startWatching(IEclipseContext context) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        Clock clock = context.get(Clock.class);
        Supplier<WatchSettings> settings = () -> WatchSettings.read(InstanceScope.INSTANCE.getNode("io.certdesk.ui")); //$NON-NLS-1$
        watcher = new Watcher(model, clock, settings,
                new PopupNotifier(display, clock, settings, context.get(FilterRequests.class)));
        context.set(Watcher.class, watcher);
        watcher.start(java.util.Optional.ofNullable(context.get(WorkspaceJobs.class)));
        // File > Preferences: the next look follows a new interval or warning time at once
        preferencesChanged = event -> {
            if (event.getKey().startsWith("watch.")) { //$NON-NLS-1$
                if (!display.isDisposed()) display.asyncExec(() -> {
                    if (watcher != null) {
                        watcher.settingsChanged();
                    }
                });
            }
        };
        InstanceScope.INSTANCE.getNode("io.certdesk.ui").addPreferenceChangeListener(preferencesChanged); //$NON-NLS-1$
    }

    @PreDestroy
    public void stop() {
        if (preferencesChanged != null) {
            InstanceScope.INSTANCE.getNode("io.certdesk.ui").removePreferenceChangeListener(preferencesChanged); //$NON-NLS-1$
        }
        if (watcher != null) {
            watcher.stop();
        }
        if (model != null) {
            model.close();
        }
    }
}
