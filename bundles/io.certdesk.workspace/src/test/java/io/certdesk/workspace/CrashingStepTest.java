package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.crypto.ConversionResult;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.TrustSettings;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.DownloadResult;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A step that throws an {@link Error} (the stack or the heap ran out, a defect in a library) ends its own entry with
 * a catalogue code and never the run: the other entries go on and {@code run} returns. Before the fix the worker
 * thread died with the error, the entry's job never ended and {@code run} waited on its latch for ever (these tests
 * then failed on their timeout).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CrashingStepTest {

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
    void aDownloadThatThrowsAnErrorFailsItsEntryOnly() throws Exception {
        PortalSource real = new PortalSource(portal.uri());
        Map<String, Supplier<Error>> crashes = Map.of(Fixture.number(2002), StackOverflowError::new,
                Fixture.number(2004), () -> new OutOfMemoryError("Java heap space"));
        CertificateSource crashing = request -> {
            Supplier<Error> crash = crashes.get(request.certificateNumber());
            if (crash != null) {
                throw crash.get();
            }
            return real.download(request);
        };
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            workspace.importEntries(fixture.issue(2001, 2005));
            RunSummary summary = workspace.pipeline(TestCertificates.engine(), Optional.of(crashing))
                    .run(new PipelineOptions(EnumSet.allOf(PipelineStage.class), 2, 2, false), PipelineListener.NONE,
                            new CancelToken());
            assertEquals(5, summary.counts().total());
            assertEquals(2, summary.counts().failed(), summary.toString());
            assertEquals(3, summary.counts().exported(), summary.toString());
            assertFailedWithCatalogueCode(workspace, List.of(Fixture.number(2002), Fixture.number(2004)), "download");
        }
    }

    @Test
    void verifyAndExportStepsThatThrowAnErrorFailTheirEntryOnly() throws Exception {
        Pkcs12Engine real = TestCertificates.engine();
        String verifyCrash = Fixture.subject(3002);
        String exportCrash = Fixture.subject(3003);
        Pkcs12Engine crashing = new CrashingEngine(real, verifyCrash, exportCrash);
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            workspace.importEntries(fixture.issue(3001, 3004));
            List<String> failedEvents = new java.util.concurrent.CopyOnWriteArrayList<>();
            PipelineListener listener = new PipelineListener() {
                @Override
                public void entryFailed(Entry entry, PipelineStage stage, ErrorCode code, String detail) {
                    failedEvents.add(entry.certificateNumber() + ' ' + stage + ' ' + code);
                    throw new StackOverflowError(); // a listener that breaks as well must not stop the run either
                }
            };
            RunSummary summary = workspace.pipeline(crashing, Optional.of(new PortalSource(portal.uri())))
                    .run(new PipelineOptions(EnumSet.allOf(PipelineStage.class), 2, 2, false), listener,
                            new CancelToken());
            assertEquals(2, summary.counts().failed(), summary.toString());
            assertEquals(2, summary.counts().exported(), summary.toString());
            assertTrue(failedEvents.contains(Fixture.number(3002) + " VERIFY UNKNOWN"), failedEvents.toString());
            assertTrue(failedEvents.contains(Fixture.number(3003) + " EXPORT UNKNOWN"), failedEvents.toString());
            assertFailedWithCatalogueCode(workspace, List.of(Fixture.number(3002)), "verify");
            assertFailedWithCatalogueCode(workspace, List.of(Fixture.number(3003)), "export");
        }
    }

    private static void assertFailedWithCatalogueCode(Workspace workspace, List<String> numbers, String stage)
            throws WorkspaceException {
        for (Entry entry : workspace.entries()) {
            if (numbers.contains(entry.certificateNumber())) {
                assertEquals(EntryState.FAILED, entry.state(), entry.toString());
                assertEquals(Optional.of(ErrorCode.UNKNOWN), entry.errorCode(), entry.toString());
                String detail = entry.errorDetail().orElse("");
                assertTrue(detail.contains(stage) && detail.contains("Error"), detail);
            }
        }
    }

    /** The real engine, except that verifying or exporting one subject's certificate throws an {@link Error}. */
    private static final class CrashingEngine implements Pkcs12Engine {
        private final Pkcs12Engine real;
        private final String verifyCrash;
        private final String exportCrash;

        CrashingEngine(Pkcs12Engine real, String verifyCrash, String exportCrash) {
            this.real = real;
            this.verifyCrash = verifyCrash;
            this.exportCrash = exportCrash;
        }

        private static boolean is(java.security.cert.X509Certificate certificate, String subject) {
            // the test PKI writes names in Bouncy Castle's order: compare the common name only
            return certificate.getSubjectX500Principal().getName().contains(subject.substring(0, subject.indexOf(',')));
        }

        @Override
        public Pkcs12Contents read(Path file, char[] password) throws Pkcs12Exception {
            return real.read(file, password);
        }

        @Override
        public Pkcs12Contents read(byte[] data, String source, char[] password) throws Pkcs12Exception {
            return real.read(data, source, password);
        }

        @Override
        public CertificateChain completeChain(Pkcs12Contents contents, TrustSettings trust) {
            return real.completeChain(contents, trust);
        }

        @Override
        public ChainVerdict verify(CertificateChain chain, TrustSettings trust, Instant at) {
            if (is(chain.leaf(), verifyCrash)) {
                throw new StackOverflowError();
            }
            return real.verify(chain, trust, at);
        }

        @Override
        public byte[] export(Pkcs12Contents contents, CertificateChain chain, ExportOptions options, char[] newPassword)
                throws Pkcs12Exception {
            if (is(contents.certificate(), exportCrash)) {
                throw new OutOfMemoryError("Java heap space");
            }
            return real.export(contents, chain, options, newPassword);
        }

        @Override
        public ConversionResult convert(Path in, char[] password, Path out, char[] newPassword, ExportOptions options,
                TrustSettings trust, Instant at) throws Pkcs12Exception {
            return real.convert(in, password, out, newPassword, options, trust, at);
        }
    }
}
