package io.certdesk.workspace.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stores' statements are compiled once and reused, and reuse changes nothing a store sees: no value bound by one
 * use reaches the next, a statement closed is closed to its user, the same SQL nested in its own loop works, a failed
 * statement is usable again, and the kept statements stay within their bound.
 */
class StatementKeepingConnectionTest {

    private static final String BY_ID = "SELECT v FROM t WHERE id = ?";

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder, true, folder.resolve("native"));
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)");
            }
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private void insert(long id, String value) throws SQLException {
        database.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t (id, v) VALUES (?, ?)")) {
                p.setLong(1, id);
                p.setString(2, value);
                return Integer.valueOf(p.executeUpdate());
            }
        });
    }

    private static Optional<String> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(BY_ID)) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Test
    void aStatementIsCompiledOncePerSqlAcrossReadsAndWrites() throws Exception {
        int before = database.statementsCompiled();
        for (int i = 1; i <= 200; i++) {
            insert(i, "value " + i);
        }
        for (int i = 1; i <= 200; i++) {
            long id = i;
            assertEquals(Optional.of("value " + i), database.read(c -> byId(c, id)));
            assertEquals(Optional.of("value " + i), database.write(c -> byId(c, id)), "inside a transaction too");
        }
        assertEquals(2, database.statementsCompiled() - before, "one INSERT and one SELECT");
    }

    @Test
    void noValueBoundByOneUseReachesTheNext() throws Exception {
        insert(1, "first");
        assertEquals(Optional.of("first"), database.read(c -> byId(c, 1)));
        // the next user of the same SQL binds nothing: SQLite must see NULL, not the 1 bound before
        List<String> found = database.read(c -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(BY_ID); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
        assertEquals(List.of(), found);
    }

    @Test
    void aStatementClosedTwiceIsGivenBackOnceAndTheSqlStaysUsable() throws Exception {
        insert(1, "first");
        int before = database.statementsCompiled();
        database.read(c -> {
            PreparedStatement p = c.prepareStatement(BY_ID);
            p.setLong(1, 1);
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next());
            }
            p.close();
            p.close(); // a second close is harmless, as JDBC says
            try (PreparedStatement again = c.prepareStatement(BY_ID);
                    PreparedStatement nested = c.prepareStatement(BY_ID)) {
                assertSame(p, again, "given back once, lent again");
                assertNotSame(again, nested, "the second close did not give it back twice");
                assertFalse(again.isClosed());
            }
            return null;
        });
        assertEquals(Optional.of("first"), database.read(c -> byId(c, 1)));
        assertEquals(2, database.statementsCompiled() - before, "the kept statement and the nested one");
    }

    @Test
    void theSameSqlNestedInItsOwnLoopGetsAStatementOfItsOwn() throws Exception {
        for (int i = 1; i <= 5; i++) {
            insert(i, "v" + i);
        }
        List<String> pairs = database.read(c -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement all = c.prepareStatement("SELECT id FROM t ORDER BY id");
                    ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    try (PreparedStatement outer = c.prepareStatement(BY_ID)) {
                        outer.setLong(1, id);
                        try (ResultSet one = outer.executeQuery()) {
                            assertTrue(one.next());
                            // the outer statement is out: the same SQL again is another statement, and the outer
                            // result is still there to read afterwards
                            String inner = byId(c, 6 - id).orElseThrow();
                            values.add(one.getString(1) + "/" + inner);
                        }
                    }
                }
            }
            return values;
        });
        assertEquals(List.of("v1/v5", "v2/v4", "v3/v3", "v4/v2", "v5/v1"), pairs);
    }

    @Test
    void aStatementThatFailedIsUsableAgain() throws Exception {
        insert(1, "same");
        SQLException duplicate = assertThrows(SQLException.class, () -> insert(2, "same"));
        assertTrue(duplicate.getMessage().contains("UNIQUE"), duplicate.getMessage());
        insert(2, "other");
        assertEquals(Optional.of("other"), database.read(c -> byId(c, 2)));
    }

    @Test
    void keptStatementsStayWithinTheirBoundAndEvictedOnesAreCompiledAgain() throws Exception {
        insert(1, "first");
        int distinct = StatementKeepingConnection.CAPACITY * 3;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < distinct; i++) {
                String sql = "SELECT v || '" + i + "' FROM t WHERE id = ?";
                String value = database.read(c -> {
                    try (PreparedStatement p = c.prepareStatement(sql)) {
                        p.setLong(1, 1);
                        try (ResultSet rs = p.executeQuery()) {
                            return rs.next() ? rs.getString(1) : null;
                        }
                    }
                });
                assertEquals("first" + i, value);
                assertTrue(database.statementsKept() <= StatementKeepingConnection.CAPACITY, "kept " + database.statementsKept());
            }
        }
        // every statement of the first round was evicted before the second round needed it again
        assertTrue(database.statementsCompiled() >= 2 * distinct, "prepared " + database.statementsCompiled());
    }
}
