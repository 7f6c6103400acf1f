package io.certdesk.workspace.internal.pipeline;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.workspace.Entry;

/** One entry's way through a run: its latest state, what the verify step read, and that it ends only once. */
final class Job {

    private final CountDownLatch done;
    private final AtomicBoolean ended = new AtomicBoolean();
    Entry entry;
    boolean downloadedAgain;
    Pkcs12Contents contents;
    CertificateChain chain;
    /** When the verify step of this run found {@link #chain} trusted (the export step trusts it for a while). */
    Instant trustedAt;

    Job(Entry entry, CountDownLatch done) {
        this.entry = entry;
        this.done = done;
    }

    /** Ends the job (idempotent) and forgets the key material. */
    void end() {
        contents = null;
        chain = null;
        trustedAt = null;
        if (ended.compareAndSet(false, true)) {
            done.countDown();
        }
    }
}
