package io.certdesk.ui.internal.settings;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.core.secrets.Secret;
import io.certdesk.jobs.SettingsRules;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The Proxy page: no proxy, the system's or a manual one (host and port enabled only then), with user and password
 * (the stored password kept when none is typed) and a Test button.
 */
final class ProxyPage {

    private final Fields fields;
    private final Runnable changed;
    private final Button none;
    private final Button system;
    final Button manual;
    final CheckButton test;

    ProxyPage(Composite page, Fields fields, ProxySettings proxy, boolean passwordStored, String where, ISchedulingRule rule,
            Supplier<CheckButton.Check> connectionCheck, Runnable changed) {
        this.fields = fields;
        this.changed = changed;
        Composite modes = new Composite(page, SWT.NONE);
        modes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        modes.setLayout(new GridLayout(1, false));
        none = radio(modes, Messages.proxyNone, proxy.mode() == ProxySettings.Mode.DIRECT);
        system = radio(modes, Messages.proxySystem, proxy.mode() == ProxySettings.Mode.SYSTEM);
        manual = radio(modes, Messages.proxyManual, proxy.mode() == ProxySettings.Mode.MANUAL);
        fields.add("proxyHost", page, Messages.proxyHost, SWT.SINGLE, proxy.host().orElse(""), v -> SettingsRules.host(v, true)); //$NON-NLS-1$ //$NON-NLS-2$
        fields.add("proxyPort", page, Messages.proxyPort, SWT.SINGLE, //$NON-NLS-1$
                proxy.mode() == ProxySettings.Mode.MANUAL ? Integer.toString(proxy.port()) : "8080", SettingsRules::port); //$NON-NLS-1$
        fields.add("proxyUser", page, Messages.user, SWT.SINGLE, proxy.user().orElse(""), SettingsRules::user); //$NON-NLS-1$ //$NON-NLS-2$
        fields.add("proxyPassword", page, Messages.password, SWT.SINGLE | SWT.PASSWORD, "", v -> Optional.empty()) //$NON-NLS-1$ //$NON-NLS-2$
                .text.setMessage(passwordStored ? Messages.passwordStored : Messages.passwordNone);
        test = new CheckButton(page, Messages.testProxy, where, rule, connectionCheck);
        modeChanged();
    }

    private Button radio(Composite parent, String text, boolean selected) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setSelection(selected);
        button.addListener(SWT.Selection, e -> modeChanged());
        return button;
    }

    private void modeChanged() {
        boolean isManual = manual.getSelection();
        fields.get("proxyHost").enable(isManual); //$NON-NLS-1$
        fields.get("proxyPort").enable(isManual); //$NON-NLS-1$
        fields.get("proxyUser").enable(!none.getSelection()); //$NON-NLS-1$
        fields.get("proxyPassword").enable(!none.getSelection()); //$NON-NLS-1$
        changed.run();
    }

    /** The proxy as the fields say, with the typed password (empty: the stored one is used). The caller closes it. */
    ProxySettings settings() {
        String user = fields.value("proxyUser"); //$NON-NLS-1$
        char[] password = fields.get("proxyPassword").text.getTextChars(); //$NON-NLS-1$
        try (Secret secret = Secret.copyOf(password)) {
            if (none.getSelection()) {
                return ProxySettings.direct();
            }
            if (system.getSelection()) {
                return user.isEmpty() ? ProxySettings.system() : ProxySettings.system(user, secret.duplicate());
            }
            String host = fields.value("proxyHost"); //$NON-NLS-1$
            int port = fields.number("proxyPort"); //$NON-NLS-1$
            return user.isEmpty() ? ProxySettings.manual(host, port) : ProxySettings.manual(host, port, user, secret.duplicate());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
