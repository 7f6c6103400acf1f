package io.certdesk.crypto;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A finished conversion: the file written, the options used, the verdict on the chain and the summary
 * of the end-entity certificate.
 */
public record ConversionResult(Path output, ExportOptions options, ChainVerdict verdict,
        CertificateSummary certificate) {

    public ConversionResult {
        Objects.requireNonNull(output, "output"); //$NON-NLS-1$
        Objects.requireNonNull(options, "options"); //$NON-NLS-1$
        Objects.requireNonNull(verdict, "verdict"); //$NON-NLS-1$
        Objects.requireNonNull(certificate, "certificate"); //$NON-NLS-1$
    }
}
