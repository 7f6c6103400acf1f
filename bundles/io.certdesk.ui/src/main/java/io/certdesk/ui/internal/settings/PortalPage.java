package io.certdesk.ui.internal.settings;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.certdesk.jobs.PortalSettings;
import io.certdesk.jobs.SettingsRules;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The Portal page: the portal's address, the CA files and the expected root, with Test connection. */
final class PortalPage {

    private final Fields fields;
    final CheckButton test;

    PortalPage(Composite page, Fields fields, PortalSettings portal, String where, ISchedulingRule rule,
            Supplier<CheckButton.Check> connectionCheck) {
        this.fields = fields;
        fields.add("baseUrl", page, Messages.baseUrl, SWT.SINGLE, portal.baseUrl().toString(), SettingsRules::baseUrl); //$NON-NLS-1$
        fields.add("tlsCaFiles", page, Messages.tlsCaFiles, SWT.SINGLE, join(portal.tlsCaFiles()), SettingsRules::certificateFiles) //$NON-NLS-1$
                .text.setMessage(Messages.filesHint);
        fields.add("issuerCaFiles", page, Messages.issuerCaFiles, SWT.SINGLE, join(portal.issuerCaFiles()), //$NON-NLS-1$
                SettingsRules::certificateFiles).text.setMessage(Messages.filesHint);
        fields.add("expectedRoot", page, Messages.expectedRoot, SWT.SINGLE, portal.expectedRoot().orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                SettingsRules::expectedRoot);
        test = new CheckButton(page, Messages.testConnection, where, rule, connectionCheck);
    }

    private static String join(List<Path> files) {
        return files.stream().map(Path::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    /** Whether none of the wrong fields is one of the portal's (or the proxy's, which a connection goes through). */
    static boolean right(Set<String> wrong) {
        return wrong.stream().noneMatch(id -> id.startsWith("proxy") || id.equals("baseUrl") || id.endsWith("CaFiles")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The portal settings as the fields say; only called when they are right. */
    PortalSettings settings() {
        String root = fields.value("expectedRoot"); //$NON-NLS-1$
        return new PortalSettings(URI.create(fields.value("baseUrl")), //$NON-NLS-1$
                SettingsRules.files(fields.value("tlsCaFiles")), SettingsRules.files(fields.value("issuerCaFiles")), //$NON-NLS-1$ //$NON-NLS-2$
                root.isEmpty() ? Optional.empty() : Optional.of(root));
    }
}
