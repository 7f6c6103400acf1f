package io.certdesk.roster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The committed fixtures (made by src/test/fixtures/make-fixtures.sh) and helpers to look into results. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path file(String name) {
        try {
            Path path = Path.of(Objects.requireNonNull(Fixtures.class.getResource("/testdata/" + name), name).toURI());
            assertTrue(Files.isRegularFile(path), name);
            return path;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RosterEntry entry(ImportResult result, int row) {
        return result.entries().stream().filter(e -> e.row() == row).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for row " + row + " in " + result.entries()));
    }

    public static List<FindingCode> codes(ImportResult result, int row) {
        return result.findings().stream().filter(f -> f.row() == row).map(Finding::code).toList();
    }
}
