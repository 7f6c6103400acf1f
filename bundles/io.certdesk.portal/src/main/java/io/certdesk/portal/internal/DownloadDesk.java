package io.certdesk.portal.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The portal's rules for one download request, in this order: busy; unknown group or number
 * (authentication failed); locked; wrong password (authentication failed, and the lock on the last
 * allowed failure); not yet issued or the re-download window passed (not available); otherwise the
 * PKCS#12, and the first download time is recorded.
 */
public final class DownloadDesk {

    /** The answer to one request. */
    public sealed interface Answer {
        /** The PKCS#12, its file name and the first download time (now, for a first download). */
        record Delivered(byte[] pkcs12, String fileName, Instant firstDownload) implements Answer {
        }

        record AuthenticationFailed() implements Answer {
        }

        record NotAvailable() implements Answer {
        }

        record Locked(Instant until) implements Answer {
        }

        record Busy() implements Answer {
        }
    }

    private final RecordStore store;
    private final Clock clock;
    private final LockPolicy lockPolicy;
    private final Duration window;
    private final AtomicBoolean busy;

    public DownloadDesk(RecordStore store, Clock clock, LockPolicy lockPolicy, Duration window, AtomicBoolean busy) {
        this.store = store;
        this.clock = clock;
        this.lockPolicy = lockPolicy;
        this.window = window;
        this.busy = busy;
    }

    public Answer answer(String groupId, String number, char[] password) throws IOException, GeneralSecurityException {
        if (busy.get()) {
            return new Answer.Busy();
        }
        Optional<CertificateRecord> found = store.find(groupId, number);
        if (found.isEmpty()) {
            return new Answer.AuthenticationFailed();
        }
        CertificateRecord record = found.get();
        synchronized (record) {
            Instant now = clock.instant();
            Optional<Instant> lock = record.lockedUntil();
            int failures = record.failures();
            if (lock.isPresent()) {
                if (now.isBefore(lock.get())) {
                    return new Answer.Locked(lock.get());
                }
                lock = Optional.empty();
                failures = 0;
            }
            if (!record.password().matches(password)) {
                failures++;
                if (failures >= lockPolicy.maxFailures()) {
                    Instant until = lockPolicy.lockEnd(now);
                    record.failuresAndLock(failures, Optional.of(until));
                    return new Answer.Locked(until);
                }
                record.failuresAndLock(failures, Optional.empty());
                return new Answer.AuthenticationFailed();
            }
            record.failuresAndLock(0, Optional.empty());
            Optional<Instant> first = record.firstDownload();
            if (now.isBefore(record.issued()) || first.isPresent() && !now.isBefore(first.get().plus(window))) {
                return new Answer.NotAvailable();
            }
            byte[] pkcs12 = Files.readAllBytes(record.pkcs12File());
            if (first.isEmpty()) {
                record.firstDownload(now);
            }
            return new Answer.Delivered(pkcs12, record.fileName(), first.orElse(now));
        }
    }
}
