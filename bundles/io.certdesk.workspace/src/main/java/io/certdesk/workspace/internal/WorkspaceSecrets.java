package io.certdesk.workspace.internal;

import java.util.Optional;

import javax.crypto.AEADBadTagException;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.WorkspaceException;
import io.certdesk.workspace.internal.audit.AuditLog;
import io.certdesk.workspace.internal.db.SecretStore;
import io.certdesk.workspace.internal.secrets.SecretBox;
import org.eclipse.osgi.util.NLS;

/** The sealed values of the store: an entry's passwords and the workspace-wide secrets (the SMTP password). */
final class WorkspaceSecrets {

    static final String WORKSPACE_OWNER = "workspace"; //$NON-NLS-1$

    private final StoreAccess store;
    private final SecretBox box;
    private final AuditLog audit;

    WorkspaceSecrets(StoreAccess store, SecretBox box, AuditLog audit) {
        this.store = store;
        this.box = box;
        this.audit = audit;
    }

    /** A sealed secret, opened; empty when absent. */
    Optional<char[]> open(String owner, String field) throws WorkspaceException {
        Optional<SecretBox.Sealed> sealed = store.read(c -> SecretStore.get(c, owner, field));
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(box.openChars(owner, field, sealed.get()));
        } catch (AEADBadTagException e) {
            throw new WorkspaceException(ErrorCode.STORE_CANNOT_OPEN, NLS.bind(Messages.secretDamaged, owner, field), e);
        }
    }

    char[] exportPassword(long entryId) throws WorkspaceException {
        return open(SecretStore.entryOwner(entryId), EntryRecorder.EXPORT_PASSWORD)
                .orElseThrow(() -> new WorkspaceException(ErrorCode.UNKNOWN, NLS.bind(Messages.notExported, Long.valueOf(entryId))));
    }

    void store(String name, char[] value) throws WorkspaceException {
        store.write(c -> {
            SecretStore.put(c, WORKSPACE_OWNER, "setting:" + name, box.seal(WORKSPACE_OWNER, "setting:" + name, value)); //$NON-NLS-1$ //$NON-NLS-2$
            audit.append(c, "secret.stored", Optional.empty(), "", "", name); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        });
    }

    Optional<char[]> setting(String name) throws WorkspaceException {
        return open(WORKSPACE_OWNER, "setting:" + name); //$NON-NLS-1$
    }
}
