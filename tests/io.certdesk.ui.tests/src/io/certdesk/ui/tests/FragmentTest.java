package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The UI bundle's model fragment as the workbench reads it: every handler and part class loads, every %key has an
 * English and a Japanese text, menu labels carry mnemonics (Japanese in the "(&amp;X)" style), and no key is bound
 * twice.
 */
class FragmentTest {

    private static Bundle ui() {
        for (Bundle bundle : FrameworkUtil.getBundle(FragmentTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals("io.certdesk.ui")) {
                return bundle;
            }
        }
        throw new AssertionError("no io.certdesk.ui bundle");
    }

    private static String read(Bundle bundle, String path) throws Exception {
        URL url = bundle.getEntry(path);
        assertNotNull(url, path);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties properties(Bundle bundle, String path) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = bundle.getEntry(path).openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return properties;
    }

    @Test
    void everyContributionLoadsAndEveryLabelIsTranslatedWithAMnemonic() throws Exception {
        Bundle bundle = ui();
        String fragment = read(bundle, "fragment.e4xmi");
        Properties en = properties(bundle, "OSGI-INF/l10n/bundle.properties");
        Properties ja = properties(bundle, "OSGI-INF/l10n/bundle_ja.properties");
        Matcher classes = Pattern.compile("bundleclass://io\\.certdesk\\.ui/([\\w.]+)").matcher(fragment);
        int loaded = 0;
        while (classes.find()) {
            assertNotNull(bundle.loadClass(classes.group(1)), classes.group(1));
            loaded++;
        }
        assertTrue(loaded > 20, loaded + " classes");
        Matcher keys = Pattern.compile("(label|commandName)=\"%([\\w.]+)\"").matcher(fragment);
        List<String> problems = new ArrayList<>();
        while (keys.find()) {
            String key = keys.group(2);
            String english = en.getProperty(key);
            String japanese = ja.getProperty(key);
            if (english == null || japanese == null) {
                problems.add(key + ": missing");
                continue;
            }
            if (key.startsWith("menu.")) {
                if (!english.contains("&")) {
                    problems.add(key + ": no mnemonic in English: " + english);
                }
                if (!Pattern.compile("\\(&[A-Z]\\)").matcher(japanese).find()) {
                    problems.add(key + ": no (&X) mnemonic in Japanese: " + japanese);
                }
            }
        }
        assertEquals(List.of(), problems);
        Matcher bindings = Pattern.compile("keySequence=\"([^\"]+)\"").matcher(fragment);
        List<String> sequences = new ArrayList<>();
        while (bindings.find()) {
            assertTrue(!sequences.contains(bindings.group(1)), "bound twice: " + bindings.group(1));
            sequences.add(bindings.group(1));
        }
        assertTrue(sequences.contains("M1+F"), sequences.toString());
    }

    @Test
    void everyMessageFileHasTheSameKeysInJapaneseAndNoStrayLine() throws Exception {
        Bundle bundle = ui();
        var english = bundle.findEntries("io/certdesk/ui", "messages.properties", true);
        int files = 0;
        while (english.hasMoreElements()) {
            URL url = english.nextElement();
            String path = url.getPath().substring(1);
            String japanesePath = path.replace("messages.properties", "messages_ja.properties");
            Properties en = properties(bundle, path);
            Properties ja = properties(bundle, japanesePath);
            assertEquals(new java.util.TreeSet<>(en.stringPropertyNames()), new java.util.TreeSet<>(ja.stringPropertyNames()),
                    path + " and " + japanesePath);
            for (String file : List.of(path, japanesePath)) {
                for (String line : read(bundle, file).split("\n")) {
                    assertTrue(line.isBlank() || line.startsWith("#") || line.matches("[A-Za-z0-9_.]+ ?=.*"),
                            file + ": a line that is no key = value (a line break inside a text?): " + line);
                    assertTrue(line.chars().allMatch(c -> c < 0x80), file + ": not ASCII (NLS reads ISO-8859-1): " + line);
                }
            }
            files++;
        }
        assertTrue(files >= 7, files + " message files");
    }
}
