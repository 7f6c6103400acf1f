package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers as the manifests and the sources state them (see docs/architecture.md), checked over every bundle so a
 * new bundle is covered without a test of its own:
 * <ul>
 * <li>each of our bundles imports only bundles of its own layer or below (core, crypto, engines, job service, faces);</li>
 * <li>no bundle imports another bundle's {@code .internal} package;</li>
 * <li>engines, the tool bundle, the job service, crypto and core name no picocli, no {@code io.certdesk.cli} and no
 * SWT, JFace or e4 UI;</li>
 * <li>production manifests carry no test-only imports (GreenMail, JUnit, Jimfs);</li>
 * <li>owner-only files and secrets have one implementation each: outside {@code io.certdesk.core.files} no source
 * sets POSIX permissions (a POSIX-only call fails on Windows), and outside {@code io.certdesk.core.secrets} none reads
 * a password from the console.</li>
 * </ul>
 */
class LayersTest {

    /** Layer of each bundle: a bundle may import from the same or a lower number (engines may use each other). */
    private static final Map<String, Integer> LAYER = new LinkedHashMap<>();
    static {
        LAYER.put("io.certdesk.core", 0);
        LAYER.put("io.certdesk.crypto", 1);
        LAYER.put("io.certdesk.roster", 2);
        LAYER.put("io.certdesk.portal.client", 2);
        LAYER.put("io.certdesk.delivery", 2);
        LAYER.put("io.certdesk.workspace", 2);
        LAYER.put("io.certdesk.portal", 2);
        LAYER.put("io.certdesk.jobs", 3);
        LAYER.put("io.certdesk.cli", 4);
        LAYER.put("io.certdesk.ui", 4);
        LAYER.put("io.certdesk.ui.nl.jface", 4);
        LAYER.put("io.certdesk.ui.nl.renderers", 4);
        LAYER.put("io.certdesk.app", 5);
    }

    private static final Set<String> HEADLESS = Set.of("io.certdesk.core", "io.certdesk.crypto", "io.certdesk.roster",
            "io.certdesk.portal.client", "io.certdesk.delivery", "io.certdesk.workspace", "io.certdesk.portal",
            "io.certdesk.jobs");
    private static final Pattern UI_OR_CLI = Pattern.compile(
            "\\b(picocli|io\\.certdesk\\.cli|org\\.eclipse\\.swt|org\\.eclipse\\.jface|org\\.eclipse\\.ui|org\\.eclipse\\.e4\\.ui)\\b");
    private static final Pattern TEST_ONLY = Pattern.compile(
            "\\b(com\\.icegreen|org\\.junit|com\\.google\\.common\\.jimfs|org\\.opentest4j)\\b");
    private static final Pattern OUR_PACKAGE = Pattern.compile("\\b(io\\.certdesk(?:\\.[a-z0-9]+)+)");

    private static Map<String, String> dependencyHeaders() throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Stream<Path> bundles = Files.list(Products.repository().resolve("bundles"))) {
            for (Path bundle : bundles.sorted().toList()) {
                Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
                if (Files.isRegularFile(manifest)) {
                    result.put(bundle.getFileName().toString(), dependencyHeaders(manifest));
                }
            }
        }
        return result;
    }

    /** Import-Package and Require-Bundle, continuation lines joined. */
    private static String dependencyHeaders(Path manifest) throws IOException {
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.startsWith(" ")) {
                if (inside) {
                    out.append(line.substring(1));
                }
                continue;
            }
            inside = line.startsWith("Import-Package:") || line.startsWith("Require-Bundle:");
            if (inside) {
                out.append(',').append(line.substring(line.indexOf(':') + 1));
            }
        }
        return out.toString();
    }

    private static String owner(String pkg) {
        String best = null;
        for (String bundle : LAYER.keySet()) {
            if ((pkg.equals(bundle) || pkg.startsWith(bundle + '.')) && (best == null || bundle.length() > best.length())) {
                best = bundle;
            }
        }
        return best;
    }

    @Test
    void everyBundleImportsOnlyItsLayerAndBelowAndNoInternalPackage() throws IOException {
        Map<String, String> headers = dependencyHeaders();
        assertFalse(headers.isEmpty(), "no bundles found under " + Products.repository());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> bundle : headers.entrySet()) {
            Integer layer = LAYER.get(bundle.getKey());
            if (layer == null) {
                problems.add(bundle.getKey() + " has no layer in this test and docs/architecture.md: add it");
                continue;
            }
            Matcher m = OUR_PACKAGE.matcher(bundle.getValue());
            while (m.find()) {
                String pkg = m.group(1);
                String target = owner(pkg);
                if (target == null || target.equals(bundle.getKey())) {
                    continue;
                }
                if (pkg.contains(".internal")) {
                    problems.add(bundle.getKey() + " imports the internal package " + pkg);
                }
                if (LAYER.get(target) > layer) {
                    problems.add(bundle.getKey() + " (layer " + layer + ") imports " + pkg + " of " + target
                            + " (layer " + LAYER.get(target) + ")");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void headlessBundlesNameNoCommandLineNoUiAndNoTestLibrary() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> bundle : dependencyHeaders().entrySet()) {
            Matcher test = TEST_ONLY.matcher(bundle.getValue());
            if (test.find()) {
                problems.add(bundle.getKey() + " imports the test-only " + test.group(1));
            }
            if (HEADLESS.contains(bundle.getKey())) {
                Matcher ui = UI_OR_CLI.matcher(bundle.getValue());
                if (ui.find()) {
                    problems.add(bundle.getKey() + " is headless but imports " + ui.group(1));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void ownerOnlyFilesAndSecretReadingHaveOneImplementation() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Products.repository().resolve("bundles"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/")).toList()) {
                String path = source.toString().replace('\\', '/');
                String text = Files.readString(source, StandardCharsets.UTF_8);
                if (!path.contains("/io/certdesk/core/files/")
                        && (text.contains("PosixFilePermission") || text.contains("setPosixFilePermissions"))) {
                    problems.add(Products.repository().relativize(source) + " sets POSIX permissions itself: use io.certdesk.core.files");
                }
                if (!path.contains("/io/certdesk/core/secrets/") && text.contains("readPassword(")) {
                    problems.add(Products.repository().relativize(source) + " reads a password itself: use io.certdesk.core.secrets.SecretReader");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
