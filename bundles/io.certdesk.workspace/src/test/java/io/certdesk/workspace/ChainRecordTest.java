package io.certdesk.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.certdesk.crypto.ChainSource;
import io.certdesk.crypto.ChainVerdict;
import io.certdesk.workspace.internal.db.Schema;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.OlderStores;
import io.certdesk.workspace.testing.PortalSource;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain and verdict of each verification are kept (schema version 5) and read back as they were; a version 4
 * store gains the tables and its entries have no chain; the passphrase can be checked again on an open workspace.
 */
class ChainRecordTest {

    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));

    @BeforeAll
    static void start() throws Exception {
        portal = new FakePortal();
        fixture = new Fixture(new TestCertificates(), portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aVerifiedEntryKeepsItsChainLeafFirstWithTheAnchorAndEveryCheck() throws Exception {
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            long id = workspace.importEntries(fixture.issue(1, 1)).added().get(0);
            assertTrue(workspace.chain(id).isEmpty(), "nothing before verification");
            workspace.pipeline(TestCertificates.engine(), Optional.of(new PortalSource(portal.uri())))
                    .run(PipelineOptions.all(), PipelineListener.NONE, new CancelToken());
            ChainRecord chain = workspace.chain(id).orElseThrow();
            assertTrue(chain.trusted());
            assertEquals(clock.instant(), chain.verifiedAt());
            assertEquals(3, chain.certificates().size(), chain.certificates().toString());
            assertEquals(workspace.entry(id).certificate().get().subject(), chain.certificates().get(0).subject());
            assertEquals(workspace.entry(id).certificate().get().sha256(), chain.certificates().get(0).sha256());
            ChainRecord.Certificate root = chain.certificates().get(2);
            assertEquals(root.subject(), root.issuer());
            assertEquals(List.of(false, false, true), chain.certificates().stream().map(ChainRecord.Certificate::anchor).toList());
            assertEquals(ChainSource.FILE, chain.certificates().get(0).source());
            assertEquals(ChainVerdict.CheckKind.values().length, chain.checks().size());
            assertEquals(ChainVerdict.Status.PASSED, chain.check(ChainVerdict.CheckKind.TRUST_ANCHOR).get().status());
            assertTrue(chain.failure().isEmpty());
        }
    }

    @Test
    void theWorkspacePassphraseIsCheckedAgainWithoutClosingTheWorkspace() throws Exception {
        try (Workspace workspace = fixture.create(dir.resolve("ws"), clock)) {
            assertTrue(workspace.passphraseMatches(Fixture.PASSPHRASE.toCharArray()));
            assertFalse(workspace.passphraseMatches("correct horse battery stapler".toCharArray()));
            assertFalse(workspace.passphraseMatches(new char[0]));
            assertTrue(workspace.verifyAudit().intact());
        }
    }

    @Test
    void aVersion4StoreGainsTheChainTables() throws Exception {
        Path folder = dir.resolve("v4");
        long id;
        try (Workspace workspace = fixture.create(folder, clock)) {
            id = workspace.importEntries(fixture.issue(2, 2)).added().get(0);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("workspace.db"));
                Statement s = c.createStatement()) {
            OlderStores.undoVersion5(s);
        }
        try (Workspace workspace = Fixture.open(folder, clock)) {
            assertTrue(workspace.chain(id).isEmpty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("workspace.db"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            assertEquals(Schema.CURRENT, rs.getInt(1));
            assertEquals(5, Schema.CURRENT);
        }
    }
}
