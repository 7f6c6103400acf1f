package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.certdesk.product.tests.Products.Platform;

/** Each platform's archive holds its own SWT fragment, its start script and the CertDesk bundles. */
class ProductArchivesTest {

    /** Entry name to Unix mode (0 where the format has none), and the start script's text. */
    private record Listing(Map<String, Integer> modes, String scriptText) {

        boolean hasPrefix(String prefix) {
            return modes.keySet().stream().anyMatch(name -> name.startsWith(prefix));
        }
    }

    private static Listing list(Platform platform, Path archive) throws IOException {
        Map<String, Integer> modes = new HashMap<>();
        String scriptText = null;
        if (platform.extension.equals("zip")) {
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                    ZipEntry entry = e.nextElement();
                    modes.put(entry.getName(), 0);
                    if (entry.getName().equals(platform.script)) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            scriptText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    }
                }
            }
        } else {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(archive))))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    modes.put(entry.getName(), entry.getMode());
                    if (entry.getName().equals(platform.script)) {
                        scriptText = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return new Listing(modes, scriptText);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void archiveHoldsItsPlatformsSwtFragmentAndStartScript(Platform platform) throws IOException {
        Path archive = Products.archive(platform);
        System.out.printf("product archive %s: %,d bytes%n", archive.getFileName(), Files.size(archive));
        Listing listing = list(platform, archive);
        String plugins = platform.installFolder() + "plugins/";

        assertNotNull(listing.scriptText(), platform.script + " missing from " + archive.getFileName());
        assertTrue(listing.hasPrefix(plugins + platform.swtFragment), "no SWT fragment " + platform.swtFragment);
        for (Platform other : Platform.values()) {
            if (other != platform) {
                assertFalse(listing.hasPrefix(plugins + other.swtFragment),
                        archive.getFileName() + " also carries " + other.swtFragment);
            }
        }
        for (String bundle : new String[] { "io.certdesk.cli_", "io.certdesk.ui_", "io.certdesk.app_",
                "org.eclipse.equinox.launcher_", "org.eclipse.osgi_" }) {
            assertTrue(listing.hasPrefix(plugins + bundle), "no " + bundle + " in " + archive.getFileName());
        }
        for (String library : new String[] { "org.commonmark_", "org.commonmark.ext-gfm-tables_" }) {
            assertTrue(listing.hasPrefix(plugins + library), "no " + library + " (the user guide's Markdown) in "
                    + archive.getFileName());
        }
        assertGuidesInside(archive, platform);
        assertTrue(listing.modes().containsKey(platform.installFolder() + "logging.properties"),
                "no logging.properties");
        assertTrue(listing.scriptText().contains("Java 21") || listing.scriptText().contains("CERTDESK_MIN_JAVA=21"),
                "the start script does not check for Java 21");
        if (platform == Platform.WINDOWS) {
            assertTrue(listing.scriptText().contains("\r\n"), "certdesk.cmd needs CRLF line ends");
        } else {
            int mode = listing.modes().get(platform.script);
            assertTrue((mode & 0111) == 0111, platform.script + " is not executable: mode " + Integer.toOctalString(mode));
        }
    }

    /** Both user guides inside io.certdesk.ui of the archive (a jar, or a folder), the Japanese one in Japanese. */
    private static void assertGuidesInside(Path archive, Platform platform) throws IOException {
        String prefix = platform.installFolder() + "plugins/io.certdesk.ui_";
        Map<String, String> guides = new HashMap<>();
        try (InputStream jar = uiJar(archive, prefix)) {
            assertNotNull(jar, "no io.certdesk.ui jar in " + archive.getFileName());
            java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(jar);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("guide/")) {
                    guides.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(guides.getOrDefault("guide/user-guide.md", "").startsWith("# CertDesk user guide"),
                "no English user guide in io.certdesk.ui: " + guides.keySet());
        assertTrue(guides.getOrDefault("guide/user-guide.ja.md", "").contains("\u30e6\u30fc\u30b6\u30fc\u30ac\u30a4\u30c9"),
                "no Japanese user guide in io.certdesk.ui: " + guides.keySet());
    }

    private static InputStream uiJar(Path archive, String prefix) throws IOException {
        if (archive.getFileName().toString().endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                    ZipEntry entry = e.nextElement();
                    if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".jar")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            return new java.io.ByteArrayInputStream(in.readAllBytes());
                        }
                    }
                }
            }
            return null;
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(archive))))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".jar")) {
                    return new java.io.ByteArrayInputStream(tar.readAllBytes());
                }
            }
        }
        return null;
    }
}
