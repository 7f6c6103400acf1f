package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The product archives written by the product module, and the extracted Linux installation. */
final class Products {

    /** One platform the product is built for. */
    enum Platform {
        LINUX("linux.gtk.x86_64", "tar.gz", "certdesk/certdesk", "org.eclipse.swt.gtk.linux.x86_64_"),
        WINDOWS("win32.win32.x86_64", "zip", "certdesk/certdesk.cmd", "org.eclipse.swt.win32.win32.x86_64_"),
        MACOS("macosx.cocoa.aarch64", "tar.gz", "CertDesk.app/Contents/Eclipse/certdesk",
                "org.eclipse.swt.cocoa.macosx.aarch64_");

        final String classifier;
        final String extension;
        final String script;
        final String swtFragment;

        Platform(String classifier, String extension, String script, String swtFragment) {
            this.classifier = classifier;
            this.extension = extension;
            this.script = script;
            this.swtFragment = swtFragment;
        }

        /** Folder of the installation inside the archive: where plugins/ and the script are. */
        String installFolder() {
            return script.substring(0, script.lastIndexOf('/') + 1);
        }
    }

    private static Path linuxInstallation;

    private Products() {
    }

    static Path directory() {
        return Paths.get(System.getProperty("certdesk.products", "../../product/target/products")).toAbsolutePath()
                .normalize();
    }

    /** The repository's root folder (the products' folder is {@code product/target/products} in it). */
    static Path repository() {
        return directory().resolve("../../..").normalize();
    }

    static Path work() throws IOException {
        return Files.createDirectories(Paths.get(System.getProperty("certdesk.work", "target/e2e")).toAbsolutePath());
    }

    static Path archive(Platform platform) throws IOException {
        Path dir = directory();
        assertTrue(Files.isDirectory(dir), "no product archives in " + dir + ": build the product module first");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> matches = files.filter(p -> p.getFileName().toString()
                    .matches("certdesk-.*-" + platform.classifier.replace(".", "\\.") + "\\." + platform.extension.replace(".", "\\.")))
                    .toList();
            assertEquals(1, matches.size(), "archives for " + platform + " in " + dir + ": " + matches);
            return matches.get(0);
        }
    }

    /** Extracts the Linux archive once (with tar, keeping file modes) and returns its start script. */
    static synchronized Path linuxScript() throws Exception {
        if (linuxInstallation == null) {
            Path target = work().resolve("linux");
            if (Files.exists(target)) {
                new ProcessBuilder("rm", "-rf", target.toString()).inheritIO().start().waitFor();
            }
            Files.createDirectories(target);
            Process tar = new ProcessBuilder("tar", "-xzf", archive(Platform.LINUX).toString(), "-C", target.toString())
                    .inheritIO().start();
            assertTrue(tar.waitFor(120, TimeUnit.SECONDS) && tar.exitValue() == 0, "tar could not extract the archive");
            linuxInstallation = target;
        }
        Path script = linuxInstallation.resolve(Platform.LINUX.script);
        assertTrue(Files.isExecutable(script), script + " is missing or not executable");
        return script;
    }
}
