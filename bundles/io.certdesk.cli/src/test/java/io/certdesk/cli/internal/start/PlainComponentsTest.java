package io.certdesk.cli.internal.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain start's wiring of declarative-services components from real descriptor files (in jars and folders laid
 * out as bundles), with the semantics of the Service Component Runtime for constructor injection.
 */
class PlainComponentsTest {

    /** A service. */
    public interface Greeter {
        String greet();
    }

    /** A second service, with several providers. */
    public interface Part {
        String name();
    }

    /** A service nobody provides. */
    public interface Missing {
    }

    public static final class English implements Greeter {
        public English() {
        }

        @Override
        public String greet() {
            return "hello";
        }
    }

    public static final class PartA implements Part {
        public PartA() {
        }

        @Override
        public String name() {
            return "a";
        }
    }

    public static final class PartB implements Part {
        private final Greeter greeter;

        public PartB(Greeter greeter) {
            this.greeter = greeter;
        }

        @Override
        public String name() {
            return "b:" + greeter.greet();
        }
    }

    /** Needs a service nobody provides: never satisfied. */
    public static final class Orphan implements Part {
        public Orphan(Missing missing) {
            throw new AssertionError("an unsatisfied component must not be created");
        }

        @Override
        public String name() {
            return "orphan";
        }
    }

    /** Takes every part and the greeter. */
    public static final class Assembly implements Greeter {
        final List<Part> parts;
        final Greeter greeter;

        public Assembly(Greeter greeter, List<Part> parts) {
            this.greeter = greeter;
            this.parts = parts;
        }

        @Override
        public String greet() {
            return greeter.greet() + " " + parts.stream().map(Part::name).toList();
        }
    }

    /** Takes an optional service. */
    public static final class Lenient implements Part {
        final Missing missing;

        public Lenient(Missing missing) {
            this.missing = missing;
        }

        @Override
        public String name() {
            return "lenient:" + missing;
        }
    }

    /** A constructor with a parameter that is no reference (as BundleContext would be). */
    public static final class NeedsFramework implements Part {
        public NeedsFramework(Object context, Greeter greeter) {
        }

        @Override
        public String name() {
            return "framework";
        }
    }

    @TempDir
    Path dir;

    private static String component(String name, Class<?> implementation, int init, Class<?> service,
            String... references) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.4.0\" name=\"" + name + "\" init=\""
                + init + "\">\n  <service>\n    <provide interface=\"" + service.getName() + "\"/>\n  </service>\n"
                + String.join("\n", references) + "\n  <implementation class=\"" + implementation.getName()
                + "\"/>\n</scr:component>\n";
    }

    private static String reference(String name, Class<?> service, int parameter, String more) {
        return "  <reference name=\"" + name + "\" interface=\"" + service.getName() + "\" parameter=\"" + parameter
                + "\"" + more + "/>";
    }

    /** A bundle as a jar: its manifest's Service-Component names the descriptors, in the given order. */
    private Path jar(String name, Map<String, String> descriptors) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(ComponentDescriptions.HEADER, String.join(",", descriptors.keySet()));
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, String> descriptor : descriptors.entrySet()) {
                out.putNextEntry(new JarEntry(descriptor.getKey()));
                out.write(descriptor.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The same bundle as a folder. */
    private Path folder(String name, Map<String, String> descriptors) throws IOException {
        Path bundle = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(bundle.resolve("META-INF"));
        Files.writeString(bundle.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\n"
                + ComponentDescriptions.HEADER + ": " + String.join(", ", descriptors.keySet()) + "\n");
        for (Map.Entry<String, String> descriptor : descriptors.entrySet()) {
            Path file = bundle.resolve(descriptor.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, descriptor.getValue());
        }
        return bundle;
    }

    private static Map<String, String> descriptors(String... pathsAndTexts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            map.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return map;
    }

    private PlainComponents components(Path... bundles) throws IOException {
        return PlainComponents.of(List.of(bundles), getClass().getClassLoader());
    }

    @Test
    void wiresConstructorReferencesAcrossBundlesWithEverySatisfiedProviderOfAMultipleReference() throws IOException {
        Path greeters = jar("greeters", descriptors(
                "OSGI-INF/english.xml", component("english", English.class, 0, Greeter.class)));
        Path parts = folder("parts", descriptors(
                "OSGI-INF/a.xml", component("a", PartA.class, 0, Part.class),
                "OSGI-INF/orphan.xml", component("orphan", Orphan.class, 1, Part.class,
                        reference("$000", Missing.class, 0, "")),
                "OSGI-INF/b.xml", component("b", PartB.class, 1, Part.class, reference("$000", Greeter.class, 0, ""))));
        Path assembly = jar("assembly", descriptors("OSGI-INF/assembly.xml",
                component("assembly", Assembly.class, 2, Assembly.class, reference("$000", Greeter.class, 0, ""),
                        reference("$001", Part.class, 1, " cardinality=\"0..n\" policy-option=\"greedy\""))));

        Assembly wired = components(greeters, parts, assembly).service(Assembly.class).orElseThrow();

        assertEquals("hello [a, b:hello]", wired.greet(), "the orphan is left out; the others in class-path order");
        assertSame(wired.greeter, ((PartB) wired.parts.get(1)).greeter, "one instance per component");
    }

    @Test
    void aServiceWithoutASatisfiedProviderIsEmptyAndAnOptionalReferenceIsNull() throws IOException {
        Path bundle = folder("b", descriptors(
                "OSGI-INF/orphan.xml", component("orphan", Orphan.class, 1, Part.class,
                        reference("$000", Missing.class, 0, "")),
                "OSGI-INF/lenient.xml", component("lenient", Lenient.class, 1, Lenient.class,
                        reference("$000", Missing.class, 0, " cardinality=\"0..1\""))));
        PlainComponents components = components(bundle);

        assertEquals(Optional.empty(), components.service(Part.class));
        assertEquals(Optional.empty(), components.service(Missing.class));
        assertEquals("lenient:null", components.service(Lenient.class).orElseThrow().name());
    }

    @Test
    void refusesToChooseBetweenProvidersOfASingleReference() throws IOException {
        Path bundle = jar("b", descriptors(
                "OSGI-INF/a.xml", component("first", PartA.class, 0, Part.class),
                "OSGI-INF/b.xml", component("second", PartA.class, 0, Part.class)));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> components(bundle).service(Part.class));
        assertTrue(refused.getMessage().contains("[first, second]"), refused.getMessage());
    }

    @Test
    void aComponentAskingForMoreIsRefusedWhenNeededAndIgnoredOtherwise() throws IOException {
        String fieldInjected = "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"fields\">"
                + "<service><provide interface=\"" + Part.class.getName() + "\"/></service>"
                + "<reference name=\"greeter\" interface=\"" + Greeter.class.getName() + "\" field=\"greeter\"/>"
                + "<implementation class=\"" + PartA.class.getName() + "\"/></scr:component>";
        Path bundle = jar("b", descriptors("OSGI-INF/fields.xml", fieldInjected,
                "OSGI-INF/english.xml", component("english", English.class, 0, Greeter.class)));
        PlainComponents components = components(bundle);

        assertEquals("hello", components.service(Greeter.class).orElseThrow().greet(), "not needed: no matter");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> components.service(Part.class));
        assertTrue(refused.getMessage().contains("b.jar!/OSGI-INF/fields.xml"), refused.getMessage());
        assertTrue(refused.getMessage().contains("other than through the constructor"), refused.getMessage());
        assertTrue(refused.getMessage().contains("CERTDESK_OSGI=1"), refused.getMessage());
    }

    @Test
    void refusesConstructorParametersThatAreNoReferences() throws IOException {
        Path bundle = folder("b", descriptors(
                "OSGI-INF/english.xml", component("english", English.class, 0, Greeter.class),
                "OSGI-INF/framework.xml", component("framework", NeedsFramework.class, 2, Part.class,
                        reference("$001", Greeter.class, 1, ""))));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> components(bundle).service(Part.class));
        assertTrue(refused.getMessage().contains("not references"), refused.getMessage());
    }

    @Test
    void refusesACycle() throws IOException {
        Path bundle = folder("b", descriptors("OSGI-INF/b.xml", component("b", PartB.class, 1, Greeter.class,
                reference("$000", Greeter.class, 0, ""))));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> components(bundle).service(Greeter.class));
        assertTrue(refused.getMessage().contains("cycle"), refused.getMessage());
    }

    @Test
    void skipsDisabledComponentsAndBundlesWithoutComponents() throws IOException {
        String disabled = component("english", English.class, 0, Greeter.class).replace("init=\"0\"",
                "init=\"0\" enabled=\"false\"");
        Path plain = dir.resolve("library.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(plain); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("x.txt"));
            out.closeEntry();
        }
        List<Path> bundles = new ArrayList<>(List.of(plain, jar("b", descriptors("OSGI-INF/e.xml", disabled))));

        assertEquals(Optional.empty(), PlainComponents.of(bundles, getClass().getClassLoader()).service(Greeter.class));
    }

    @Test
    void aDescriptorTheManifestNamesButTheJarLacksIsAnError() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(ComponentDescriptions.HEADER, "OSGI-INF/gone.xml");
        Path jar = dir.resolve("broken.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("x.txt"));
            out.closeEntry();
        }

        IOException error = assertThrows(IOException.class, () -> components(jar));
        assertTrue(error.getMessage().contains("OSGI-INF/gone.xml"), error.getMessage());
    }
}
