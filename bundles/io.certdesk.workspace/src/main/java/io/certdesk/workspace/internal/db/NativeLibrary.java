package io.certdesk.workspace.internal.db;

import java.io.IOException;
import java.nio.file.Path;

import io.certdesk.core.files.OwnerOnly;

/**
 * sqlite-jdbc unpacks its native library into {@code org.sqlite.tmpdir} (default: the shared {@code java.io.tmpdir})
 * the first time it loads. Unless the administrator set that property, the first workspace opened in the JVM
 * points it to its own owner-only folder {@code .native/}, so the library is not written where other users can
 * replace it. Later workspaces reuse the loaded library.
 */
final class NativeLibrary {

    static final String PROPERTY = "org.sqlite.tmpdir"; //$NON-NLS-1$

    private NativeLibrary() {
    }

    static synchronized void prepare(Path dir) throws IOException {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        OwnerOnly.directory(dir);
        System.setProperty(PROPERTY, dir.toAbsolutePath().toString());
    }
}
