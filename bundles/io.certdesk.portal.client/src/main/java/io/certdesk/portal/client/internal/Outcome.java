package io.certdesk.portal.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;

/** The outcome of one attempt. */
public sealed interface Outcome {

    /** The PKCS#12 arrived whole. */
    record Delivered(byte[] body, String fileName, Optional<Instant> firstDownload) implements Outcome {
    }

    /**
     * The attempt failed.
     *
     * @param retryable true only when the portal cannot have consumed the download (nothing reached it,
     *                  or it said "busy" / 429 / 503 with Retry-After)
     * @param retryAfter the wait the portal asked for, if any
     */
    record Failed(ErrorCode code, String detail, boolean retryable, Optional<Duration> retryAfter) implements Outcome {
        public static Failed finalFailure(ErrorCode code, String detail) {
            return new Failed(code, detail, false, Optional.empty());
        }

        public static Failed retryable(ErrorCode code, String detail) {
            return new Failed(code, detail, true, Optional.empty());
        }
    }

}
