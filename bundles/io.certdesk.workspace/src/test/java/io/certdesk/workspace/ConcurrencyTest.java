package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bounded concurrency, progress events and cooperative cancellation. */
class ConcurrencyTest {

    private static TestCertificates pki;
    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));

    @BeforeAll
    static void start() throws Exception {
        pki = new TestCertificates();
        portal = new FakePortal();
        fixture = new Fixture(pki, portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void downloadsNeverExceedTheNetworkBoundAndEveryEventIsSeen() throws Exception {
        portal.delay(40);
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            workspace.importEntries(fixture.issue(1, 24));
            AtomicInteger cpuNow = new AtomicInteger();
            AtomicInteger cpuMax = new AtomicInteger();
            Map<String, AtomicInteger> events = new ConcurrentHashMap<>();
            List<ProgressCounts> counts = new CopyOnWriteArrayList<>();
            PipelineListener listener = new PipelineListener() {
                @Override
                public void entryStarted(Entry entry, PipelineStage stage) {
                    events.computeIfAbsent("started " + stage, k -> new AtomicInteger()).incrementAndGet();
                    if (stage != PipelineStage.DOWNLOAD) {
                        cpuMax.accumulateAndGet(cpuNow.incrementAndGet(), Math::max);
                    }
                }

                @Override
                public void entryFinished(Entry entry, PipelineStage stage) {
                    events.computeIfAbsent("finished " + stage, k -> new AtomicInteger()).incrementAndGet();
                    if (stage != PipelineStage.DOWNLOAD) {
                        cpuNow.decrementAndGet();
                    }
                }

                @Override
                public void progress(ProgressCounts c) {
                    counts.add(c);
                }
            };
            PortalSource http = new PortalSource(portal.uri());
            AtomicInteger downloadsNow = new AtomicInteger();
            AtomicInteger downloadsMax = new AtomicInteger();
            CertificateSource counting = request -> {
                downloadsMax.accumulateAndGet(downloadsNow.incrementAndGet(), Math::max);
                try {
                    return http.download(request);
                } finally {
                    downloadsNow.decrementAndGet();
                }
            };
            RunSummary summary = workspace.pipeline(TestCertificates.engine(), Optional.of(counting))
                    .run(PipelineOptions.all().withThreads(3, 2), listener, new CancelToken());
            assertTrue(summary.complete(), summary.toString());
            assertTrue(downloadsMax.get() <= 3, "at most 3 downloads at once, saw " + downloadsMax.get());
            assertTrue(downloadsMax.get() >= 2, "downloads did run in parallel, saw " + downloadsMax.get());
            assertTrue(cpuMax.get() <= 2, "at most 2 verify/export steps at once, saw " + cpuMax.get());
            for (PipelineStage stage : PipelineStage.values()) {
                assertEquals(24, events.get("started " + stage).get(), stage.toString());
                assertEquals(24, events.get("finished " + stage).get(), stage.toString());
            }
            ProgressCounts last = counts.get(counts.size() - 1);
            assertEquals(new ProgressCounts(24, 24, 0, 0, 24, 24, 24), last);
        } finally {
            portal.delay(0);
        }
    }

    @Test
    void cancellingStopsNewStepsAndTheNextRunFinishesTheRest() throws Exception {
        portal.delay(30);
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            workspace.importEntries(fixture.issue(101, 130, Fixture.NOT_BEFORE, Fixture.NOT_AFTER));
            CancelToken cancel = new CancelToken();
            PipelineListener cancelAfterFive = new PipelineListener() {
                @Override
                public void progress(ProgressCounts c) {
                    if (c.downloaded() >= 5) {
                        cancel.cancel();
                    }
                }
            };
            RunSummary first = workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.of(EnumSet.of(PipelineStage.DOWNLOAD)).withThreads(2, 1), cancelAfterFive, cancel);
            assertTrue(first.cancelled());
            assertTrue(first.counts().skipped() > 0, first.toString());
            int downloadedFirst = first.counts().downloaded();
            assertTrue(downloadedFirst < 30, first.toString());
            assertEquals(downloadedFirst, workspace.counts().get(EntryState.DOWNLOADED).intValue(), "what finished is durable");
            RunSummary second = workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.all(), PipelineListener.NONE, new CancelToken());
            assertTrue(second.complete(), second.toString());
            assertEquals(30, workspace.counts().get(EntryState.EXPORTED).intValue());
            for (int i = 101; i <= 130; i++) {
                assertEquals(1, portal.served(Fixture.number(i)), "downloaded once: " + i);
            }
            assertEquals(ErrorCode.CANCELLED.code(), 990);
        } finally {
            portal.delay(0);
        }
    }
}
