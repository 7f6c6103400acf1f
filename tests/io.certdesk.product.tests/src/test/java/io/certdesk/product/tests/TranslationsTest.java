package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Every text of every bundle exists in English and Japanese. Checked over the sources of all bundles, so a new
 * bundle is covered without a test of its own:
 * <ul>
 * <li>{@code messages}, {@code help} and {@code bundle} property files have a {@code _ja} sibling; any file that
 * has one has the same keys there, and each value the same {@code {n}} placeholders;</li>
 * <li>translated property files are ASCII (Japanese as {@code \}{@code uXXXX}): NLS and OSGi read them as
 * ISO-8859-1;</li>
 * <li>every NLS class ({@code extends NLS}) declares exactly the keys of the file its {@code BUNDLE_NAME} names.</li>
 * </ul>
 */
class TranslationsTest {

    private static final Set<String> MUST_BE_TRANSLATED = Set.of("messages", "help", "bundle");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern NLS_FIELD = Pattern.compile("public static String (\\w+);");
    private static final Pattern BUNDLE_NAME = Pattern.compile("BUNDLE_NAME\\s*=\\s*\"([\\w.]+)\"");

    private static List<Path> baseFiles() throws IOException {
        List<Path> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Products.repository().resolve("bundles"))) {
            files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/src/test/"))
                    .filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .forEach(result::add);
        }
        return result;
    }

    private static Path japanese(Path base) {
        String name = base.getFileName().toString();
        return base.resolveSibling(name.substring(0, name.length() - ".properties".length()) + "_ja.properties");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyTextHasAJapaneseTranslationWithTheSamePlaceholders(TestInfo info) throws IOException {
        List<Path> bases = baseFiles();
        assertTrue(bases.size() >= 6, "too few message files found under " + Products.repository() + ": " + bases);
        Map<String, String> problems = new TreeMap<>();
        int checked = 0;
        for (Path base : bases) {
            String stem = base.getFileName().toString().replace(".properties", "");
            Path ja = japanese(base);
            String where = Products.repository().relativize(base).toString();
            if (!Files.exists(ja)) {
                if (MUST_BE_TRANSLATED.contains(stem)) {
                    problems.put(where, "no " + ja.getFileName());
                }
                continue;
            }
            Properties en = load(base);
            Properties jp = load(ja);
            if (!en.stringPropertyNames().equals(jp.stringPropertyNames())) {
                Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
                onlyEn.removeAll(jp.stringPropertyNames());
                Set<String> onlyJa = new TreeSet<>(jp.stringPropertyNames());
                onlyJa.removeAll(en.stringPropertyNames());
                problems.put(where, "keys only in English " + onlyEn + ", only in Japanese " + onlyJa);
                continue;
            }
            for (String key : en.stringPropertyNames()) {
                checked++;
                if (!placeholders(en.getProperty(key)).equals(placeholders(jp.getProperty(key)))) {
                    problems.put(where + " " + key, "placeholders differ: " + en.getProperty(key) + " | "
                            + jp.getProperty(key));
                }
            }
        }
        System.out.printf("%s: %d message files, %d translated texts checked%n", info.getDisplayName(), bases.size(),
                checked);
        assertEquals(Map.of(), problems);
    }

    @Test
    void propertyFilesAreAscii() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path base : baseFiles()) {
            String stem = base.getFileName().toString().replace(".properties", "");
            if (!Files.exists(japanese(base)) && !MUST_BE_TRANSLATED.contains(stem)) {
                continue; // not a translation: e.g. an editable UTF-8 profile read by its own loader
            }
            for (Path file : List.of(base, japanese(base))) {
                if (Files.exists(file)) {
                    byte[] bytes = Files.readAllBytes(file);
                    for (byte b : bytes) {
                        if (b < 0) {
                            offenders.add(Products.repository().relativize(file).toString());
                            break;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "write non-ASCII characters as \\uXXXX escapes");
    }

    @Test
    void nlsMessagesClassesDeclareExactlyTheirKeys() throws IOException {
        Map<String, String> problems = new TreeMap<>();
        List<Path> nlsClasses;
        try (Stream<Path> files = Files.walk(Products.repository().resolve("bundles"))) {
            nlsClasses = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .filter(p -> read(p).contains("extends NLS")).toList();
        }
        for (Path nlsClass : nlsClasses) {
            String source = read(nlsClass);
            String where = Products.repository().relativize(nlsClass).toString();
            Matcher name = BUNDLE_NAME.matcher(source);
            if (!name.find()) {
                problems.put(where, "no BUNDLE_NAME = \"...\" constant");
                continue;
            }
            Path sourceRoot = sourceRoot(nlsClass);
            Path properties = sourceRoot.resolve(name.group(1).replace('.', '/') + ".properties");
            if (!Files.exists(properties)) {
                problems.put(where, "its texts " + Products.repository().relativize(properties) + " do not exist");
                continue;
            }
            Set<String> fields = new TreeSet<>();
            Matcher m = NLS_FIELD.matcher(source);
            while (m.find()) {
                fields.add(m.group(1));
            }
            Set<String> keys = new TreeSet<>(load(properties).stringPropertyNames());
            if (!fields.equals(keys)) {
                Set<String> noText = new TreeSet<>(fields);
                noText.removeAll(keys);
                Set<String> unused = new TreeSet<>(keys);
                unused.removeAll(fields);
                problems.put(where, "fields without a text " + noText + ", texts without a field " + unused);
            }
        }
        assertFalse(nlsClasses.isEmpty(), "no NLS Messages class found");
        System.out.printf("%d NLS classes checked%n", nlsClasses.size());
        problems.putAll(unusedTexts(nlsClasses));
        assertEquals(Map.of(), problems);
    }

    /**
     * Texts no code shows: every field of an NLS class is named in its bundle's other sources, or is looked up by a
     * prefix the bundle names ({@code text("finding_" + ...)}, {@code "problem_"}). A text left behind when its
     * code moved is still translated and reviewed by no one. Classes that compute whole keys are left to their own
     * tests.
     */
    private static Map<String, String> unusedTexts(List<Path> nlsClasses) throws IOException {
        Map<String, String> problems = new TreeMap<>();
        for (Path nlsClass : nlsClasses) {
            if (Pattern.compile("getField\\(\\w+\\)").matcher(read(nlsClass)).find()) {
                continue; // its keys are computed from the error codes (e201_message), for which ErrorCodeTest asks texts
            }
            Path sourceRoot = sourceRoot(nlsClass);
            StringBuilder others = new StringBuilder();
            try (Stream<Path> files = Files.walk(sourceRoot)) {
                files.filter(p -> p.toString().endsWith(".java") && !p.equals(nlsClass)).forEach(p -> others.append(read(p)));
            }
            String code = others.toString();
            Set<String> prefixes = new TreeSet<>();
            Matcher prefix = Pattern.compile("\"([A-Za-z]+_)\"").matcher(code + read(nlsClass));
            while (prefix.find()) {
                prefixes.add(prefix.group(1));
            }
            Set<String> unused = new TreeSet<>();
            Matcher field = NLS_FIELD.matcher(read(nlsClass));
            while (field.find()) {
                String name = field.group(1);
                boolean byPrefix = prefixes.stream().anyMatch(name::startsWith);
                if (!byPrefix && !Pattern.compile("\\b" + name + "\\b").matcher(code).find()) {
                    unused.add(name);
                }
            }
            if (!unused.isEmpty()) {
                problems.put(Products.repository().relativize(nlsClass).toString(), "texts no code shows " + unused);
            }
        }
        return problems;
    }

    /** The {@code src/main/java} folder that holds {@code source}. */
    private static Path sourceRoot(Path source) {
        String path = source.toString();
        return Paths.get(path.substring(0, path.indexOf("/src/main/java/") + "/src/main/java/".length()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
