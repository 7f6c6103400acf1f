package io.certdesk.cli.internal.start;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.certdesk.cli.internal.start.ComponentDescription.Cardinality;
import io.certdesk.cli.internal.start.ComponentDescription.Reference;

/**
 * Reads the declarative-services descriptors of bundles: the files each manifest's {@code Service-Component}
 * header names. Only what the product's components use is understood (constructor
 * injection of static references); a component asking for more (field or method injection, activate methods,
 * target filters, factories, required configuration) is described with what it asks for as
 * {@link ComponentDescription#unsupported()}, and refused when it is needed, with its file named, so that a
 * component is never wired differently here than in the OSGi framework. Libraries' components that no command
 * needs (Eclipse's content types, for instance) are read and left alone.
 */
final class ComponentDescriptions {

    static final String HEADER = "Service-Component"; //$NON-NLS-1$
    private static final String MANIFEST = "META-INF/MANIFEST.MF"; //$NON-NLS-1$

    private ComponentDescriptions() {
    }

    /**
     * Every enabled component described by the given bundles (jars, or folders laid out like one). Jars are read
     * without checking signatures: these are the installation's own files, which the class loader reads anyway.
     */
    static List<ComponentDescription> of(List<Path> bundles) throws IOException {
        List<ComponentDescription> all = new ArrayList<>();
        for (Path bundle : bundles) {
            if (Files.isDirectory(bundle)) {
                fromFolder(bundle, all);
            } else {
                fromJar(bundle, all);
            }
        }
        return all;
    }

    private static void fromJar(Path bundle, List<ComponentDescription> all) throws IOException {
        try (JarFile jar = new JarFile(bundle.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            for (String path : descriptors(manifest)) {
                JarEntry entry = jar.getJarEntry(path);
                if (entry == null) {
                    throw new IOException(bundle + ": no " + path + " (named by " + HEADER + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    read(in, bundle + "!/" + path).ifPresent(all::add); //$NON-NLS-1$
                }
            }
        }
    }

    private static void fromFolder(Path bundle, List<ComponentDescription> all) throws IOException {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(bundle.resolve(MANIFEST))) {
            manifest = new Manifest(in);
        }
        for (String path : descriptors(manifest)) {
            Path descriptor = bundle.resolve(path);
            try (InputStream in = Files.newInputStream(descriptor)) {
                read(in, descriptor.toString()).ifPresent(all::add);
            }
        }
    }

    /** The descriptor files a manifest's {@code Service-Component} header names. */
    private static List<String> descriptors(Manifest manifest) {
        String header = manifest == null ? null : manifest.getMainAttributes().getValue(HEADER);
        if (header == null || header.isBlank()) {
            return List.of();
        }
        return Arrays.stream(header.split(",")).map(String::trim).filter(path -> !path.isEmpty()).toList(); //$NON-NLS-1$
    }

    /** The component one descriptor describes; empty when it is disabled ({@code enabled="false"}). */
    static Optional<ComponentDescription> read(InputStream in, String origin) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return new Parser(xml, origin).parse();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(origin + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** One descriptor's elements, in document order. */
    private static final class Parser {
        private final XMLStreamReader xml;
        private final String origin;
        private String name;
        private String implementation;
        private int init;
        private boolean enabled = true;
        private final List<String> services = new ArrayList<>();
        private final List<Reference> references = new ArrayList<>();
        private final List<String> unsupported = new ArrayList<>();

        Parser(XMLStreamReader xml, String origin) {
            this.xml = xml;
            this.origin = origin;
        }

        Optional<ComponentDescription> parse() throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    element(xml.getLocalName());
                }
            }
            if (name == null || implementation == null) {
                throw refused("no component or implementation element"); //$NON-NLS-1$
            }
            return enabled
                    ? Optional.of(new ComponentDescription(name, implementation, init, services, references,
                            unsupported, origin))
                    : Optional.empty();
        }

        private void element(String element) {
            switch (element) {
                case "component" -> componentElement(); //$NON-NLS-1$
                case "implementation" -> implementation = required("class"); //$NON-NLS-1$
                case "provide" -> services.add(required("interface")); //$NON-NLS-1$
                case "reference" -> reference(); //$NON-NLS-1$
                case "service", "property", "properties" -> { } //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                default -> unsupported.add("element <" + element + ">"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        private void componentElement() {
            name = required("name"); //$NON-NLS-1$
            String count = attribute("init"); //$NON-NLS-1$
            init = count == null ? 0 : Integer.parseInt(count);
            enabled = !"false".equals(attribute("enabled")); //$NON-NLS-1$ //$NON-NLS-2$
            for (String unsupported : List.of("activate", "deactivate", "modified", "factory")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                if (attribute(unsupported) != null) {
                    this.unsupported.add("attribute " + unsupported); //$NON-NLS-1$
                }
            }
            if ("require".equals(attribute("configuration-policy"))) { //$NON-NLS-1$ //$NON-NLS-2$
                unsupported.add("configuration-policy=\"require\""); //$NON-NLS-1$
            }
        }

        private void reference() {
            String parameter = attribute("parameter"); //$NON-NLS-1$
            if (parameter == null) {
                unsupported.add("a reference injected other than through the constructor"); //$NON-NLS-1$
                return;
            }
            if (attribute("target") != null) { //$NON-NLS-1$
                unsupported.add("a reference with a target filter"); //$NON-NLS-1$
            }
            String cardinality = attribute("cardinality"); //$NON-NLS-1$
            references.add(new Reference(required("name"), required("interface"), //$NON-NLS-1$ //$NON-NLS-2$
                    cardinality == null ? Cardinality.MANDATORY : Cardinality.of(cardinality),
                    Integer.parseInt(parameter)));
        }

        private String attribute(String attribute) {
            return xml.getAttributeValue(XMLConstants.NULL_NS_URI, attribute);
        }

        private String required(String attribute) {
            String value = attribute(attribute);
            if (value == null) {
                throw refused("<" + xml.getLocalName() + "> without " + attribute); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return value;
        }

        private IllegalStateException refused(String what) {
            return new IllegalStateException(origin + ": " + what); //$NON-NLS-1$
        }
    }
}
