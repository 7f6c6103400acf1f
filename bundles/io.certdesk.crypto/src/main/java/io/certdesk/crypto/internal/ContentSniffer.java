package io.certdesk.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.Pkcs12Engine;
import org.eclipse.osgi.util.NLS;

/**
 * Recognises what a file is before it is parsed, so that the common mistakes get a precise message: an
 * empty file, the portal's HTML page saved as the certificate, a PEM text file, a ZIP archive.
 */
final class ContentSniffer {

    private static final int DER_SEQUENCE = 0x30;

    private ContentSniffer() {
    }

    /** Throws {@link ErrorCode#P12_NOT_PKCS12} (or 208 for an oversized file) unless the data may be DER. */
    static void requireDer(byte[] data, String source) throws Pkcs12Exception {
        if (data.length == 0) {
            throw new Pkcs12Exception(ErrorCode.P12_NOT_PKCS12, source, Messages.sniffEmpty);
        }
        if (data.length > Pkcs12Engine.MAX_FILE_SIZE) {
            throw new Pkcs12Exception(ErrorCode.P12_HOSTILE_PARAMETERS, source,
                    NLS.bind(Messages.fileTooLarge, Integer.valueOf(data.length), Integer.valueOf(Pkcs12Engine.MAX_FILE_SIZE)));
        }
        if ((data[0] & 0xFF) == DER_SEQUENCE) {
            return;
        }
        String head = new String(data, 0, Math.min(data.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) { //$NON-NLS-1$
            head = head.substring(3).stripLeading();
        }
        String detail;
        if (head.startsWith("<") && (head.contains("<html") || head.contains("<!doctype") || head.contains("<body") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                || head.contains("<head"))) { //$NON-NLS-1$
            detail = Messages.sniffHtml;
        } else if (head.startsWith("-----begin")) { //$NON-NLS-1$
            detail = Messages.sniffPem;
        } else if (data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
            detail = Messages.sniffZip;
        } else if (head.startsWith("<") || head.startsWith("{")) { //$NON-NLS-1$ //$NON-NLS-2$
            detail = Messages.sniffText;
        } else {
            detail = NLS.bind(Messages.sniffUnknown, String.format("0x%02X", Integer.valueOf(data[0] & 0xFF))); //$NON-NLS-1$
        }
        throw new Pkcs12Exception(ErrorCode.P12_NOT_PKCS12, source, detail);
    }
}
