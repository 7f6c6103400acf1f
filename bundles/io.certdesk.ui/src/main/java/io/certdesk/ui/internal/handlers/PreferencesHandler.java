package io.certdesk.ui.internal.handlers;

import io.certdesk.ui.internal.prefs.PreferencesDialog;
import io.certdesk.ui.internal.prefs.UserPreferences;
import jakarta.inject.Named;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** File &gt; Preferences: the administrator's own preferences (watching, notifications, language, date style). */
public final class PreferencesHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new PreferencesDialog(shell, InstanceScope.INSTANCE.getNode(UserPreferences.NODE), UserPreferences.configFolder())
                .open();
    }
}
