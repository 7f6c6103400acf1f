package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian tools the platform tests need (releng/test-packages.txt installs them): missing ones fail the test
 * on CI (CI=true), elsewhere they skip it, so that a developer without Wine can still run the rest.
 */
final class Tools {

    private Tools() {
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Fails on CI, skips elsewhere, when {@code present} is false. */
    static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = what + " (releng/scripts/install-test-deps.sh installs what releng/test-packages.txt lists)";
        if (onCi()) {
            fail("missing on CI: " + message);
        }
        Assumptions.abort("skipped, missing: " + message);
    }

    /** The first executable of these names on PATH, then in the extra folders. */
    static Optional<Path> find(String[] names, String... extraFolders) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String dir : path.split(":")) {
                Path candidate = Paths.get(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
            for (String dir : extraFolders) {
                Path candidate = Paths.get(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    static Path require(String name, String debianPackage) {
        Optional<Path> tool = find(new String[] { name });
        require(tool.isPresent(), name + " (Debian package " + debianPackage + ")");
        return tool.get();
    }
}
