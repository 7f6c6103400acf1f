package io.certdesk.cli.internal.start;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The jar a plain start was launched with ({@code java -jar headless.jar}): its manifest's {@code Class-Path} puts
 * the bundles on the class path, and its {@value #COMPONENT_BUNDLES} attribute names those (relative to the jar,
 * separated by spaces) whose declarative-services components the start wires: the product's own. The product build
 * writes it (product/pom.xml).
 */
public final class StartJar {

    public static final String COMPONENT_BUNDLES = "CertDesk-Component-Bundles"; //$NON-NLS-1$

    private StartJar() {
    }

    /** The component bundles named by the first jar of {@code classPath} (the value of {@code java.class.path}). */
    public static List<Path> componentBundles(String classPath) throws IOException {
        String first = classPath.split(File.pathSeparator, -1)[0];
        Path jar = Path.of(first).toAbsolutePath();
        String value;
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            value = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue(COMPONENT_BUNDLES);
        }
        if (value == null || value.isBlank()) {
            throw new IOException(jar + " has no " + COMPONENT_BUNDLES + " attribute"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path folder = jar.getParent();
        return Arrays.stream(value.trim().split(" +")).map(folder::resolve).toList(); //$NON-NLS-1$
    }
}
