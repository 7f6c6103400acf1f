package io.certdesk.portal.client;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;

/**
 * Saves a downloaded PKCS#12 with the core toolkit ({@link DurableFiles}, {@link WriteMode#CREATE_NEW}): owner-only
 * from creation, forced to disk, never a partial file under the final name. This class only turns the outcome into
 * the client's error codes: an existing file is never replaced (303); a failure leaves nothing behind (302).
 */
public final class CertificateFiles {

    private CertificateFiles() {
    }

    public static void writeNew(Path target, byte[] data) throws PortalClientException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new PortalClientException(ErrorCode.STORE_FILE_EXISTS, absolute + ": the file already exists."); //$NON-NLS-1$
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PortalClientException(ErrorCode.STORE_CANNOT_OPEN, folder + ": the folder does not exist."); //$NON-NLS-1$
        }
        try {
            DurableFiles.write(absolute, data, WriteMode.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new PortalClientException(ErrorCode.STORE_FILE_EXISTS, absolute + ": the file already exists.", e); //$NON-NLS-1$
        } catch (AccessDeniedException | NoSuchFileException e) {
            throw new PortalClientException(ErrorCode.STORE_CANNOT_ADD, absolute + ": cannot write in " + folder + " (" //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getClass().getSimpleName() + ").", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new PortalClientException(ErrorCode.STORE_CANNOT_ADD, absolute + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }
}
