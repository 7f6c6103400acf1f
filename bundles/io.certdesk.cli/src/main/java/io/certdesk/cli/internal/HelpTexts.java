package io.certdesk.cli.internal;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The help texts picocli shows for one command: the command's own texts, then the product's shared ones (headings,
 * standard options). It has no base name on purpose: picocli looks up missing keys by re-loading the parent
 * command's bundle by name with its own class loader, which cannot see the texts of other bundles inside OSGi.
 */
final class HelpTexts extends ResourceBundle {

    private final ResourceBundle own;
    private final ResourceBundle shared;

    HelpTexts(ResourceBundle own, ResourceBundle shared) {
        this.own = Objects.requireNonNull(own, "own"); //$NON-NLS-1$
        this.shared = shared;
    }

    /** The product's shared texts alone. */
    static HelpTexts shared(ResourceBundle shared) {
        return new HelpTexts(shared, null);
    }

    @Override
    protected Object handleGetObject(String key) {
        if (own.containsKey(key)) {
            return own.getObject(key);
        }
        return shared != null && shared.containsKey(key) ? shared.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>(own.keySet());
        if (shared != null) {
            keys.addAll(shared.keySet());
        }
        return Collections.enumeration(keys);
    }

    @Override
    public String getBaseBundleName() {
        return null;
    }
}
