import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files older than Java 6 (class-file version below 50) of the named bundles of an installation
 * as Java 8 class files (version 52) with the stack-map frames the JVM's split verifier reads; the code itself is
 * unchanged (docs/architecture.md, "Start-up").
 *
 * <p>Why: the JVM keeps old class files out of a dynamic class-data-sharing archive ("Old class has been linked"), so
 * every headless command parsed and verified picocli's 228 classes (and SLF4J's) from their jars again at each start,
 * about 70 ms of a 1-second {@code certdesk status}. picocli is compiled for Java 5 on purpose (it runs anywhere),
 * and no release targets a newer version.
 *
 * <p>Usage: {@code java -cp asm.jar UpgradeClassFiles.java PLUGINS_FOLDER BUNDLE...}: each BUNDLE names exactly one
 * {@code BUNDLE_version.jar} in the folder, which is rewritten in place (entries, their order and times kept). The
 * frames are computed from the class hierarchy of the named jars and the running JDK; a type found in neither, a
 * signed jar or a jar without old class files fails the build rather than guessing.
 */
public final class UpgradeClassFiles {

    private static final int OLDEST_KEPT = 50; // Java 6: stack-map frames exist from here on
    private static final int UPGRADED = Opcodes.V1_8;

    private final Map<String, byte[]> classes = new HashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: UpgradeClassFiles PLUGINS_FOLDER BUNDLE...");
            System.exit(2);
        }
        Path plugins = Path.of(args[0]);
        List<Path> jars = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            jars.add(jar(plugins, args[i]));
        }
        UpgradeClassFiles upgrade = new UpgradeClassFiles();
        for (Path jar : jars) {
            upgrade.readClasses(jar);
        }
        for (Path jar : jars) {
            int count = upgrade.rewrite(jar);
            System.out.println("UpgradeClassFiles: " + jar.getFileName() + ": " + count + " class files now version 52");
        }
    }

    private static Path jar(Path plugins, String bundle) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(plugins, bundle + "_*.jar")) {
            stream.forEach(found::add);
        }
        if (found.size() != 1) {
            throw new IllegalStateException(plugins + ": expected one " + bundle + "_*.jar, found " + found);
        }
        return found.get(0);
    }

    private void readClasses(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith("META-INF/") && name.endsWith(".SF")) {
                    throw new IllegalStateException(jar + " is signed: rewriting it would break its signature");
                }
                if (isClass(name)) {
                    classes.put(name.substring(0, name.length() - ".class".length()), read(zip, entry));
                }
            }
        }
    }

    private int rewrite(Path jar) throws IOException {
        Map<ZipEntry, byte[]> entries = new LinkedHashMap<>();
        int upgraded = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = read(zip, entry);
                if (isClass(entry.getName()) && majorVersion(bytes) < OLDEST_KEPT) {
                    bytes = upgrade(bytes);
                    upgraded++;
                }
                entries.put(entry, bytes);
            }
        }
        if (upgraded == 0) {
            throw new IllegalStateException(jar + " has no class files older than Java 6: drop it from the list");
        }
        Path temporary = jar.resolveSibling(jar.getFileName() + ".upgraded");
        try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<ZipEntry, byte[]> entry : entries.entrySet()) {
                ZipEntry copy = new ZipEntry(entry.getKey().getName());
                copy.setTime(entry.getKey().getTime());
                out.putNextEntry(copy);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING);
        return upgraded;
    }

    private byte[] upgrade(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String first, String second) {
                return commonSuperClass(first, second);
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(UPGRADED, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }

    /** ASM's own rule (ClassWriter.getCommonSuperClass) on class bytes instead of loaded classes. */
    private String commonSuperClass(String first, String second) {
        if (isInterface(first) || isInterface(second)) {
            return "java/lang/Object";
        }
        List<String> firstChain = superChain(first);
        for (String type : superChain(second)) {
            if (firstChain.contains(type)) {
                return type;
            }
        }
        return "java/lang/Object";
    }

    private List<String> superChain(String type) {
        List<String> chain = new ArrayList<>();
        for (String t = type; t != null; t = new ClassReader(bytesOf(t)).getSuperName()) {
            chain.add(t);
        }
        return chain;
    }

    private boolean isInterface(String type) {
        return (new ClassReader(bytesOf(type)).getAccess() & Opcodes.ACC_INTERFACE) != 0;
    }

    private byte[] bytesOf(String type) {
        byte[] bytes = classes.get(type);
        if (bytes != null) {
            return bytes;
        }
        try (InputStream in = ClassLoader.getSystemResourceAsStream(type + ".class")) {
            if (in == null) {
                throw new IllegalStateException("type " + type + " is in none of the named jars nor the JDK: name the"
                        + " jar that holds it too");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        classes.put(type, bytes);
        return bytes;
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class");
    }

    private static int majorVersion(byte[] bytes) {
        return ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
