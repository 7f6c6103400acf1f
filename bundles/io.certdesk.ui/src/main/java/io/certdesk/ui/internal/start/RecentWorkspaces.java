package io.certdesk.ui.internal.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The workspaces opened last, newest first, at most {@value #MAX} (folders only: nothing secret). Kept in a preference
 * node (the workbench's instance scope, under {@code ~/.certdesk/workbench}).
 */
public final class RecentWorkspaces {

    /** How many folders are remembered. */
    public static final int MAX = 8;
    private static final String KEY = "recent."; //$NON-NLS-1$

    private final Preferences node;

    public RecentWorkspaces(Preferences node) {
        this.node = Objects.requireNonNull(node, "node"); //$NON-NLS-1$
    }

    /** The remembered folders, newest first. */
    public List<Path> list() {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value != null && !value.isBlank()) {
                folders.add(Path.of(value));
            }
        }
        return folders;
    }

    /** Puts the folder first (removing an older mention) and saves. */
    public void add(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>(list());
        folders.remove(absolute);
        folders.add(0, absolute);
        save(folders);
    }

    /** Forgets a folder (for instance one that no longer exists). */
    public void remove(Path folder) {
        List<Path> folders = new ArrayList<>(list());
        folders.remove(folder.toAbsolutePath().normalize());
        save(folders);
    }

    private void save(List<Path> folders) {
        for (int i = 0; i < MAX; i++) {
            if (i < folders.size()) {
                node.put(KEY + i, folders.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience: it stays in memory for this start
        }
    }
}
