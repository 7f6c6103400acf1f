package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace on a 4 MiB tmpfs that fills up during a batch: the run stops with STORE_CANNOT_WRITE (305), nothing
 * stored before is lost or partial, and after space is freed the next run finishes without downloading again what
 * was stored. Needs root (mount); as root, a failed mount fails the test with the reason.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsCleanlyAndNothingIsLost() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a small tmpfs needs root; our machines and CI run the tests as root");
        Path mount = Files.createDirectory(dir.resolve("small"));
        run("mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", mount.toString());
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
        try (FakePortal portal = new FakePortal()) {
            Fixture fixture = new Fixture(new TestCertificates(), portal);
            Path folder = mount.resolve("ws");
            Path filler = mount.resolve("filler");
            try (Workspace workspace = fixture.create(folder, clock)) {
                workspace.importEntries(fixture.issue(1, 60));
                fill(filler, Files.getFileStore(mount).getUsableSpace() - 64 * 1024);
                RunSummary summary = workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                        .run(PipelineOptions.all().withThreads(2, 1), PipelineListener.NONE, new CancelToken());
                assertTrue(summary.storageFailure().isPresent(), "the disk filled up: " + summary);
                WorkspaceException failure = summary.storageFailure().get();
                assertEquals(ErrorCode.STORE_CANNOT_WRITE, failure.code());
                assertTrue(failure.getMessage().contains("disk"), failure.getMessage());
                System.out.println("FullDiskTest: " + summary.counts() + "; " + failure.getMessage());
                assertTrue(summary.counts().exported() < 60, summary.toString());
            } catch (WorkspaceException closing) {
                assertEquals(ErrorCode.STORE_CANNOT_WRITE, closing.code(), closing.getMessage());
            }
            Files.delete(filler);
            try (Workspace workspace = Fixture.open(folder, clock)) {
                assertTrue(workspace.verifyAudit().intact());
                int stored = 0;
                for (Entry entry : workspace.entries()) {
                    if (entry.rawSha256().isPresent()) {
                        stored++;
                        assertArrayEquals(portal.issued(entry.certificateNumber()).p12(),
                                Files.readAllBytes(folder.resolve(String.format("vault/raw/e%08d.p12", entry.id()))),
                                "stored copy of " + entry.certificateNumber() + " intact");
                    }
                }
                assertTrue(stored > 0, "some downloads were stored before the disk filled");
                List<String> storedNumbers = workspace.entries().stream().filter(e -> e.rawSha256().isPresent())
                        .map(Entry::certificateNumber).toList();
                RunSummary again = workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                        .run(PipelineOptions.all(), PipelineListener.NONE, new CancelToken());
                assertTrue(again.complete(), again.toString());
                assertEquals(60, workspace.counts().get(EntryState.EXPORTED).intValue());
                for (String number : storedNumbers) {
                    assertEquals(1, portal.served(number), "stored before the failure, not downloaded again: " + number);
                }
            }
            try (Stream<Path> files = Files.walk(folder.resolve("vault"))) {
                assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList());
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    private static void fill(Path file, long bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(64 * 1024);
            long left = bytes;
            while (left > 0) {
                block.clear().limit((int) Math.min(block.capacity(), left));
                left -= channel.write(block);
            }
            channel.force(true);
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (the test runs as root and needs tmpfs mounts): " + output);
        }
    }
}
