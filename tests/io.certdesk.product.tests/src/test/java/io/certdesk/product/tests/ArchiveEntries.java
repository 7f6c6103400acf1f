package io.certdesk.product.tests;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * A product archive read once: every entry's Unix mode (0 in a zip), and the content of the entries outside
 * plugins/, features/ and p2/ (the launchers, icons, scripts and bundle files the platform tests check).
 */
record ArchiveEntries(Map<String, Integer> modes, Map<String, byte[]> contents) {

    static ArchiveEntries read(Path archive) throws IOException {
        Map<String, Integer> modes = new HashMap<>();
        Map<String, byte[]> contents = new HashMap<>();
        if (archive.getFileName().toString().endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                    ZipEntry entry = e.nextElement();
                    modes.put(entry.getName(), 0);
                    if (!entry.isDirectory() && kept(entry.getName())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            contents.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        } else {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(archive))))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    modes.put(entry.getName(), entry.getMode());
                    if (entry.isFile() && kept(entry.getName())) {
                        contents.put(entry.getName(), tar.readAllBytes());
                    }
                }
            }
        }
        return new ArchiveEntries(modes, contents);
    }

    private static boolean kept(String name) {
        return !name.contains("/plugins/") && !name.contains("/features/") && !name.contains("/p2/");
    }

    byte[] content(String name) {
        byte[] bytes = contents.get(name);
        if (bytes == null) {
            throw new AssertionError(name + " is not in the archive; its root files are "
                    + contents.keySet().stream().sorted().toList());
        }
        return bytes;
    }

    boolean executable(String name) {
        Integer mode = modes.get(name);
        return mode != null && (mode & 0111) == 0111;
    }
}
