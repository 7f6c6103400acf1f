package io.certdesk.workspace.contract;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.testing.FakePortal;
import io.certdesk.workspace.testing.Fixture;
import io.certdesk.workspace.testing.MutableClock;
import io.certdesk.workspace.testing.TestCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's own ledger (a table of the workspace store, over its one connection) against the contract. */
class WorkspaceLedgerContractTest extends DeliveryLedgerContractTest {

    private static FakePortal portal;
    private static Fixture fixture;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));
    private Workspace workspace;
    private List<Long> ids;

    @BeforeAll
    static void start() throws Exception {
        portal = new FakePortal();
        fixture = new Fixture(new TestCertificates(), portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Override
    protected DeliveryLedger open() throws Exception {
        workspace = fixture.create(dir.resolve("ws"), clock);
        ids = workspace.importEntries(fixture.issue(1, 3)).added();
        return workspace.deliveryLedger();
    }

    @Override
    protected DeliveryLedger reopen() throws Exception {
        workspace.close();
        workspace = Fixture.open(dir.resolve("ws"), clock);
        return workspace.deliveryLedger();
    }

    @Override
    protected void close() throws Exception {
        workspace.close();
    }

    @Override
    protected long entry(int n) {
        return ids.get(n - 1).longValue();
    }
}
