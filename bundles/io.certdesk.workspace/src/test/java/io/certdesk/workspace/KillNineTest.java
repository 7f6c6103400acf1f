package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200-entry batch in a child JVM, killed with SIGKILL at random moments and restarted until it completes. After
 * every kill: every file under a final name in the vault is complete (byte-identical to what the portal served).
 * At the end: all 200 exported and readable with their passwords, no stored certificate lost, no certificate
 * downloaded again once its copy was stored, no temporary file left, the audit chain intact.
 */
class KillNineTest {

    private static final int ENTRIES = 200;
    private static final int KILLS = 6;
    private static final Pattern FINAL_NAME = Pattern.compile("e(\\d{8})\\.p12");

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsTheBatchResumesWithoutLossOrDoubleDownloads() throws Exception {
        long seed = Long.getLong("killnine.seed", System.nanoTime());
        Random random = new Random(seed);
        TestCertificates pki = new TestCertificates();
        Path folder = dir.resolve("ws");
        Map<Long, byte[]> served = new HashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        try (FakePortal portal = new FakePortal()) {
            Fixture fixture = new Fixture(pki, portal);
            Instant now = Instant.now();
            try (Workspace workspace = fixture.create(folder, Clock.systemUTC())) {
                List<EntryDraft> drafts = new ArrayList<>();
                for (int i = 1; i <= ENTRIES; i++) {
                    drafts.add(fixture.issueAs(Fixture.number(i), Fixture.subject(i), now.minus(Duration.ofDays(1)),
                            now.plus(Duration.ofDays(365))));
                }
                List<Long> ids = workspace.importEntries(drafts).added();
                for (int i = 0; i < ids.size(); i++) {
                    numbers.put(ids.get(i), Fixture.number(i + 1));
                }
            }
            for (Map.Entry<Long, String> entry : numbers.entrySet()) {
                served.put(entry.getKey(), portal.issued(entry.getValue()).p12());
            }
            Map<Long, Integer> servedWhenStored = new HashMap<>();
            List<String> log = new ArrayList<>();
            // kill points spread over the whole run: progress = downloads served + exported files in the vault
            int[] targets = random.ints(KILLS, 5, 2 * ENTRIES - 10).sorted().toArray();
            for (int kill = 1; kill <= KILLS; kill++) {
                Process child = start(folder, portal);
                int target = targets[kill - 1];
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (child.isAlive() && progress(folder, portal) < target && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                long extra = random.nextInt(60);
                Thread.sleep(extra);
                boolean ended = !child.isAlive();
                child.destroyForcibly().waitFor();
                int stored = checkFinalFiles(folder, served, servedWhenStored, portal, numbers);
                log.add("kill " + kill + " at progress " + progress(folder, portal) + " (target " + target + " + " + extra + " ms)"
                        + (ended ? " (had already ended)" : "") + ": " + stored + " raw copies stored, "
                        + portal.servedTotal() + " downloads served");
            }
            Process last = start(folder, portal);
            assertTrue(last.waitFor(180, TimeUnit.SECONDS), "the final run ends");
            String output = new String(last.getInputStream().readAllBytes());
            assertEquals(0, last.exitValue(), output);
            checkFinalFiles(folder, served, servedWhenStored, portal, numbers);
            log.add("final run: " + output.strip() + "; " + portal.servedTotal() + " downloads served for " + ENTRIES + " entries");
            System.out.println("KillNineTest seed " + seed + "\n  " + String.join("\n  ", log));

            for (Map.Entry<Long, Integer> stored : servedWhenStored.entrySet()) {
                assertEquals(stored.getValue().intValue(), portal.served(numbers.get(stored.getKey())),
                        "entry " + stored.getKey() + " downloaded again after its copy was stored");
            }
            try (Stream<Path> files = Files.walk(folder.resolve("vault"))) {
                assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList(), "temporary files left");
            }
            try (Workspace workspace = Fixture.open(folder, Clock.systemUTC())) {
                assertEquals(ENTRIES, workspace.counts().get(EntryState.EXPORTED).intValue());
                for (Entry entry : workspace.entries()) {
                    assertTrue(portal.served(entry.certificateNumber()) >= 1);
                    assertArrayEquals(served.get(entry.id()), Files.readAllBytes(folder.resolve(rawName(entry.id()))),
                            "stored copy of " + entry.id());
                    Pkcs12Contents exported = TestCertificates.engine().read(workspace.exportedFile(entry.id()),
                            workspace.exportPassword(entry.id()));
                    assertEquals(entry.certificate().orElseThrow().sha256(),
                            io.certdesk.crypto.Fingerprints.sha256(exported.certificate()));
                }
                AuditVerification audit = workspace.verifyAudit();
                assertTrue(audit.intact(), audit.toString());
            }
        }
    }

    private static int progress(Path folder, FakePortal portal) throws Exception {
        try (Stream<Path> exports = Files.list(folder.resolve("vault/export"))) {
            return portal.servedTotal() + (int) exports.filter(p -> FINAL_NAME.matcher(p.getFileName().toString()).matches()).count();
        }
    }

    private static String rawName(long id) {
        return String.format("vault/raw/e%08d.p12", id);
    }

    /** Every final-named raw file must be byte-identical to what was served; notes the download count when first seen. */
    private static int checkFinalFiles(Path folder, Map<Long, byte[]> served, Map<Long, Integer> servedWhenStored,
            FakePortal portal, Map<Long, String> numbers) throws Exception {
        int stored = 0;
        try (Stream<Path> files = Files.list(folder.resolve("vault/raw"))) {
            for (Path file : files.toList()) {
                Matcher name = FINAL_NAME.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                long id = Long.parseLong(name.group(1));
                assertTrue(Arrays.equals(served.get(id), Files.readAllBytes(file)), "partial or wrong file under a final name: " + file);
                servedWhenStored.putIfAbsent(id, Integer.valueOf(portal.served(numbers.get(id))));
                stored++;
            }
        }
        return stored;
    }

    private static Process start(Path folder, FakePortal portal) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                KillNineChild.class.getName(), folder.toString(),
                portal.uri().toString());
        builder.environment().put(Passphrase.ENVIRONMENT_VARIABLE, Fixture.PASSPHRASE);
        builder.redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return builder.start();
    }
}
