package io.certdesk.workspace.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that wait while another commits share one commit, and each still behaves as its own transaction: its
 * caller returns after the commit, a work that throws is rolled back alone with its own exception, the order of
 * arrival is kept, and a write from inside a work joins its transaction.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GroupCommitTest {

    @TempDir
    Path folder;

    private Database database;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder, true, folder.resolve("native"));
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT NOT NULL)");
            }
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        database.close();
    }

    private Database.Work<Long> insert(String value) {
        return c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t (v) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, value);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        };
    }

    private List<String> values() throws SQLException {
        return database.read(c -> {
            List<String> values = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT v FROM t ORDER BY id")) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    @Test
    void writesWaitingDuringACommitShareTheNextOneInTheirOrderAndAFailingOneIsRolledBackAlone() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Long> first = threads.submit(() -> database.write(c -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return insert("first").run(c);
        }));
        holding.await();
        int before = database.commits();
        List<Future<Long>> waiting = new ArrayList<>();
        SQLException broken = new SQLException("this work fails");
        for (int i = 1; i <= 6; i++) {
            String value = "w" + i;
            boolean fails = i == 3;
            waiting.add(threads.submit(() -> database.write(c -> {
                long id = insert(value).run(c);
                if (fails) {
                    throw broken;
                }
                return id;
            })));
            while (database.waiting() < i) { // queued in this order
                Thread.sleep(1);
            }
        }
        release.countDown();
        first.get();
        for (int i = 0; i < waiting.size(); i++) {
            if (i == 2) {
                Future<Long> failed = waiting.get(i);
                var thrown = assertThrows(java.util.concurrent.ExecutionException.class, failed::get);
                assertSame(broken, thrown.getCause(), "the failing work's caller gets its own exception");
            } else {
                assertTrue(waiting.get(i).get() > 0);
            }
        }
        assertEquals(List.of("first", "w1", "w2", "w4", "w5", "w6"), values(), "the failing work alone was rolled back");
        assertEquals(before + 2, database.commits(), "the six waiting writes shared one commit");
    }

    @Test
    void manyThreadsWritingAtOnceLoseNothingAndEachSeesItsOwnResult() throws Exception {
        List<Future<Long>> writes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String value = "v" + i;
            writes.add(threads.submit(() -> database.write(insert(value))));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> write : writes) {
            ids.add(write.get());
        }
        assertEquals(400, ids.stream().distinct().count(), "each caller got its own row's id");
        assertEquals(400 + 1, values().size() + 1);
        assertTrue(database.commits() <= 401, "never more commits than writes: " + database.commits());
    }

    @Test
    void aWriteFromInsideAWorkJoinsItsTransaction() throws Exception {
        assertThrows(IllegalStateException.class, () -> database.write(c -> {
            insert("outer").run(c);
            database.write(insert("inner"));
            throw new IllegalStateException("the outer work fails after the inner write");
        }));
        assertEquals(List.of(), values(), "the inner write was part of the outer transaction and rolled back with it");
        int before = database.commits();
        database.write(c -> database.write(insert("nested")));
        assertEquals(List.of("nested"), values());
        assertEquals(before + 1, database.commits(), "the outer and the inner write commit once, together");
    }
}
