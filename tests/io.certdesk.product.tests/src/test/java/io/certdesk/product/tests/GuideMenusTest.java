package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The user guides name the window's menus as the window shows them: every menu path in bold ({@code **File > Run**},
 * {@code **一括処理 > 配布...**}) names menus and items whose labels exist, in that guide's language, in the bundles'
 * model translations ({@code OSGI-INF/l10n/bundle*.properties}, mnemonics and shortcuts left out). The Japanese
 * guide once sent administrators to a "バッチ" menu and a "配信..." item that the window calls 一括処理 and 配布....
 */
class GuideMenusTest {

    private static final Pattern MENU_PATH = Pattern.compile("\\*\\*([^*\\n]+? > [^*\\n]+?)\\*\\*");

    @ParameterizedTest
    @CsvSource({ "user-guide.md, bundle.properties", "user-guide.ja.md, bundle_ja.properties" })
    void everyMenuPathInTheGuideIsOneTheWindowShows(String guide, String translations) throws IOException {
        Set<String> labels = labels(translations);
        assertTrue(labels.size() > 20, "menu labels found: " + labels);
        String text = Files.readString(Products.repository().resolve("docs").resolve(guide));
        Matcher m = MENU_PATH.matcher(text);
        List<String> paths = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        while (m.find()) {
            paths.add(m.group(1));
            for (String step : m.group(1).split(" > ")) {
                String name = step.strip();
                if (!labels.contains(name) && !labels.contains(name + "...")) {
                    unknown.add(name + " (in **" + m.group(1) + "**)");
                }
            }
        }
        assertTrue(paths.size() >= 5, guide + ": menu paths found: " + paths);
        assertTrue(unknown.isEmpty(), guide + " names menus the window does not have: " + unknown + "; labels: " + labels);
    }

    /** The menus' and menu items' labels of every bundle's model, as people read them. */
    private static Set<String> labels(String fileName) throws IOException {
        Set<String> labels = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Products.repository().resolve("bundles"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals(fileName))
                    .filter(p -> p.toString().contains("OSGI-INF/l10n") && !p.toString().contains("/target/")).toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                for (String key : properties.stringPropertyNames()) {
                    if (key.startsWith("menu.")) {
                        labels.add(shown(properties.getProperty(key)));
                    }
                }
            }
        }
        return labels;
    }

    /** "再試行(&R)...\tCtrl+R" and "Re&try..." as shown: "再試行...", "Retry...". */
    private static String shown(String label) {
        String text = label.split("\t", 2)[0];
        text = text.replaceAll("\\(&.\\)", "").replace("&", "");
        return text.strip();
    }
}
