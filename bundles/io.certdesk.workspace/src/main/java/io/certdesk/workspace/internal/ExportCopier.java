package io.certdesk.workspace.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.files.SafeFileNames;
import io.certdesk.core.files.WriteMode;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.internal.vault.Vault;
import org.eclipse.osgi.util.NLS;

/**
 * Copies exported files out of the vault as {@code <certificate number>.p12}: owner-only, durable, never over a
 * different file (an identical one is left as it is), superseded certificates never.
 */
final class ExportCopier {

    private static final Set<EntryState> EXPORTED = EnumSet.of(EntryState.EXPORTED, EntryState.DELIVERED, EntryState.DONE);

    private final DefaultWorkspace workspace;

    ExportCopier(DefaultWorkspace workspace) {
        this.workspace = workspace;
    }

    /** Copies the exported entries that {@code chosen} accepts. */
    List<Path> copy(Path target, Predicate<Entry> chosen) throws WorkspaceException {
        try {
            if (!Files.isDirectory(target)) {
                Path parent = target.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                OwnerOnly.directory(target);
            }
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.P12_CANNOT_WRITE, NLS.bind(Messages.cannotWriteFile, target, e.getMessage()), e);
        }
        List<Path> written = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Entry entry : workspace.entries()) {
            if (!EXPORTED.contains(entry.state()) || entry.exportSha256().isEmpty() || !chosen.test(entry)) {
                continue;
            }
            String name = fileName(entry.certificateNumber(), entry.id());
            if (!taken.add(name.toLowerCase(Locale.ROOT))) {
                // two numbers that differ only in case or in characters made safe: never one file over the other
                name = fileName(entry.certificateNumber() + "-e" + entry.id(), entry.id()); //$NON-NLS-1$
                taken.add(name.toLowerCase(Locale.ROOT));
            }
            Path file = target.resolve(name);
            try {
                byte[] data = workspace.vault().readIntact(Vault.Kind.EXPORT, entry.id(), entry.exportSha256().get())
                        .orElseThrow(() -> new WorkspaceException(ErrorCode.STORE_COPY_DAMAGED,
                                NLS.bind(Messages.exportDamaged, entry.certificateNumber())));
                if (Files.exists(file)) {
                    if (Arrays.equals(Files.readAllBytes(file), data)) {
                        continue;
                    }
                    throw new WorkspaceException(ErrorCode.P12_CANNOT_WRITE, NLS.bind(Messages.outputExists, file));
                }
                DurableFiles.write(file, data, WriteMode.CREATE_NEW);
            } catch (IOException e) {
                throw new WorkspaceException(ErrorCode.P12_CANNOT_WRITE, NLS.bind(Messages.cannotWriteFile, file, e.getMessage()), e);
            }
            workspace.audit("export.copied", Optional.of(Long.valueOf(entry.id())), file.getFileName().toString()); //$NON-NLS-1$
            written.add(file);
        }
        return written;
    }

    /** The exported bytes of an entry, checked against the SHA-256 recorded when they were stored. */
    byte[] intactBytes(Entry entry) throws WorkspaceException {
        if (entry.exportSha256().isEmpty()) {
            throw new WorkspaceException(ErrorCode.UNKNOWN, NLS.bind(Messages.notExported, Long.valueOf(entry.id())));
        }
        try {
            return workspace.vault().readIntact(Vault.Kind.EXPORT, entry.id(), entry.exportSha256().get())
                    .orElseThrow(() -> new WorkspaceException(ErrorCode.STORE_COPY_DAMAGED,
                            NLS.bind(Messages.exportDamaged, entry.certificateNumber())));
        } catch (IOException e) {
            throw new WorkspaceException(ErrorCode.STORE_COPY_DAMAGED,
                    NLS.bind(Messages.exportDamaged, entry.certificateNumber()) + ' ' + e.getMessage(), e);
        }
    }

    /**
     * {@code <certificate number>.p12}, safe on Windows (core's {@link SafeFileNames}: no reserved device name, no
     * forbidden or control character, no trailing dot or space, bounded length); {@code entry-<id>.p12} when nothing
     * of the number is usable.
     */
    static String fileName(String certificateNumber, long id) {
        String base = SafeFileNames.of(certificateNumber, "entry-" + id); //$NON-NLS-1$
        return SafeFileNames.of(base + ".p12", "entry-" + id + ".p12"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
