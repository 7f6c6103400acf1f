package io.certdesk.workspace.contract;

import java.nio.file.Path;
import java.time.Clock;

import io.certdesk.delivery.DeliveryLedger;
import io.certdesk.delivery.SqliteDeliveryLedger;
import org.junit.jupiter.api.io.TempDir;

/** The delivery engine's stand-alone ledger (a SQLite file of its own) against the ledger contract. */
class SqliteDeliveryLedgerContractTest extends DeliveryLedgerContractTest {

    @TempDir
    Path dir;

    private SqliteDeliveryLedger ledger;

    @Override
    protected DeliveryLedger open() throws Exception {
        ledger = SqliteDeliveryLedger.open(dir.resolve("ledger.db"), Clock.systemUTC());
        return ledger;
    }

    @Override
    protected DeliveryLedger reopen() throws Exception {
        ledger.close();
        return open();
    }

    @Override
    protected void close() throws Exception {
        ledger.close();
    }

    @Override
    protected long entry(int n) {
        return n;
    }
}
