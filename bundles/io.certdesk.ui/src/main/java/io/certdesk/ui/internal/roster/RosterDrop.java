package io.certdesk.ui.internal.roster;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

/** A roster file dropped onto a control (the Entries part) opens the import wizard with it. */
public final class RosterDrop {

    private RosterDrop() {
    }

    /** Makes {@code control} accept dropped files; the first one goes to {@code onFile}. */
    public static DropTarget install(Control control, Consumer<Path> onFile) {
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
        target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_LINK) {
                    event.detail = DND.DROP_COPY;
                }
            }

            @Override
            public void drop(DropTargetEvent event) {
                first(event.data).ifPresent(file -> control.getDisplay().asyncExec(() -> onFile.accept(file)));
            }
        });
        return target;
    }

    /** The first file of a {@link FileTransfer}'s data. */
    static Optional<Path> first(Object data) {
        if (data instanceof String[] files && files.length > 0 && files[0] != null) {
            return Optional.of(Path.of(files[0]));
        }
        return Optional.empty();
    }
}
