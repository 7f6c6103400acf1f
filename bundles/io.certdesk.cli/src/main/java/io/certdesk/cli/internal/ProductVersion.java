package io.certdesk.cli.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

/** What {@code certdesk --version} prints: the product version and the runtime it runs on. */
final class ProductVersion {

    private final String version;

    ProductVersion(String version) {
        this.version = Objects.requireNonNull(version, "version"); //$NON-NLS-1$
    }

    /** The version of this bundle (the product's), read from its manifest. */
    static ProductVersion ofThisBundle() {
        try {
            return new ProductVersion(VersionMain.bundleVersion());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String version() {
        return version;
    }

    List<String> lines() {
        return List.of(NLS.bind(Messages.versionLine, version),
                NLS.bind(Messages.runtimeLine, VersionMain.runtime()));
    }
}
