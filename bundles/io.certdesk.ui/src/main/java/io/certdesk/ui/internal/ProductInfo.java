package io.certdesk.ui.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Version and runtime facts shown by the About dialog and the log. */
public final class ProductInfo {

    private ProductInfo() {
    }

    /** The product version: every CertDesk bundle carries the same one. */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(ProductInfo.class);
        return bundle == null ? "dev" : bundle.getVersion().toString(); //$NON-NLS-1$
    }

    public static String aboutText() {
        return NLS.bind(Messages.aboutText, new Object[] { version(), Runtime.version(),
                System.getProperty("java.vendor"), //$NON-NLS-1$
                System.getProperty("os.name") + ' ' + System.getProperty("os.arch") }); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String language() {
        return Locale.getDefault().getDisplayName(Locale.getDefault());
    }
}
