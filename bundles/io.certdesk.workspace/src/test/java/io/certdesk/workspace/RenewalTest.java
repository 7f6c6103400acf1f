package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renewal windows per portal profile and superseded detection after a renewal roster. */
class RenewalTest {

    private static TestCertificates pki;
    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;

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

    private static void runAll(Workspace workspace) throws Exception {
        workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                .run(PipelineOptions.all(), PipelineListener.NONE, new CancelToken());
    }

    @Test
    void certificatesEnterTheRenewalWindowOfTheirProfile() throws Exception {
        Instant expiry = Instant.parse("2026-12-31T15:00:00Z");
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            workspace.importEntries(List.of(fixture.issueAs("N0000001", "CN=Renew Me,O=Test Corp,C=JP", Fixture.NOT_BEFORE, expiry)));
            runAll(workspace);
            clock.set(expiry.minus(Duration.ofDays(30)));
            assertEquals(RenewalStatus.Phase.VALID, workspace.renewals(28).get(0).phase(), "28-day profile: not yet");
            assertEquals(RenewalStatus.Phase.RENEWAL_OPEN, workspace.renewals(40).get(0).phase(), "40-day profile: open");
            assertEquals(30, workspace.renewals(28).get(0).daysLeft());
            clock.set(expiry.minus(Duration.ofDays(28)));
            assertEquals(RenewalStatus.Phase.RENEWAL_OPEN, workspace.renewals().get(0).phase(), "workspace default is 28 days");
            clock.set(expiry.plusSeconds(1));
            assertEquals(RenewalStatus.Phase.EXPIRED, workspace.renewals().get(0).phase());
            assertEquals(-1, workspace.renewals().get(0).daysLeft());
        }
    }

    @Test
    void aRenewalSupersedesTheOlderCertificateWhichIsNeverDelivered() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
        String subject = "CN=Same Person,OU=Dept,O=Test Corp,C=JP";
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            long old = workspace.importEntries(List.of(fixture.issueAs("S0000001", subject, Fixture.NOT_BEFORE,
                    Instant.parse("2026-12-31T00:00:00Z")))).added().get(0);
            long other = workspace.importEntries(List.of(fixture.issueAs("S0000002", "CN=Someone Else,O=Test Corp,C=JP",
                    Fixture.NOT_BEFORE, Instant.parse("2026-09-30T00:00:00Z")))).added().get(0);
            runAll(workspace);
            workspace.markDelivered(old, DeliveryChannel.HANDOUT);
            // the renewal roster: same subject and issuer, later notAfter, new certificate number
            long renewed = workspace.importEntries(List.of(fixture.issueAs("S0000003", subject, Instant.parse("2026-05-01T00:00:00Z"),
                    Instant.parse("2027-12-31T00:00:00Z")))).added().get(0);
            runAll(workspace);
            assertEquals(EntryState.SUPERSEDED, workspace.entry(old).state());
            assertEquals(Optional.of(renewed), workspace.entry(old).supersededBy());
            assertEquals(EntryState.EXPORTED, workspace.entry(renewed).state());
            assertEquals(EntryState.EXPORTED, workspace.entry(other).state());
            assertTrue(workspace.detectSuperseded().isEmpty(), "nothing more to supersede");
            WorkspaceException refused = assertThrows(WorkspaceException.class, () -> workspace.markDelivered(old, DeliveryChannel.MAIL));
            assertTrue(refused.getMessage().contains("S0000001"), refused.getMessage());
            assertTrue(workspace.renewals().stream().noneMatch(r -> r.entry().id() == old), "superseded: out of the renewal view");
        }
    }

    @Test
    void anOlderCertificateVerifiedAfterTheNewerOneIsSupersededAtOnceAndNotExported() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
        String subject = "CN=Late Old,O=Test Corp,C=JP";
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            long newer = workspace.importEntries(List.of(fixture.issueAs("L0000002", subject, Fixture.NOT_BEFORE,
                    Instant.parse("2027-06-01T00:00:00Z")))).added().get(0);
            runAll(workspace);
            long older = workspace.importEntries(List.of(fixture.issueAs("L0000001", subject, Fixture.NOT_BEFORE,
                    Instant.parse("2026-10-01T00:00:00Z")))).added().get(0);
            runAll(workspace);
            assertEquals(EntryState.SUPERSEDED, workspace.entry(older).state());
            assertTrue(workspace.entry(older).exportSha256().isEmpty(), "a superseded certificate is never exported");
            assertEquals(EntryState.EXPORTED, workspace.entry(newer).state());
        }
    }
}
