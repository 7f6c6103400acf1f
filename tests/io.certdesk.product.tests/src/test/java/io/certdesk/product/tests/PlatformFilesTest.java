package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.certdesk.product.tests.Products.Platform;

/**
 * What makes each archive a native one: the Windows launcher and setup program (64-bit GUI programs with the
 * icon and version information), the macOS app bundle (Info.plist, launcher, .icns), the Linux desktop entry
 * and icon; and that all icons come from the one SVG.
 */
class PlatformFilesTest {

    static String version() {
        return System.getProperty("certdesk.version", "0.1.0").replace("-SNAPSHOT", "");
    }

    @Test
    void windowsArchiveHasA64BitGuiLauncherWithIconAndVersion() throws IOException {
        ArchiveEntries zip = ArchiveEntries.read(Products.archive(Platform.WINDOWS));
        Tools.require(zip.contents().containsKey("certdesk/certdesk.exe"),
                "certdesk/certdesk.exe in the Windows archive (the product build makes it where makensis, Debian nsis, is)");
        PeFile exe = PeFile.parse(zip.content("certdesk/certdesk.exe"));
        assertWindowsGuiProgram(exe, "CertDesk");
        assertTrue(new String(zip.content("certdesk/certdesk.cmd"), StandardCharsets.US_ASCII).contains("\r\n"),
                "the console launcher certdesk.cmd is missing or has no CRLF line ends");
        Map<Integer, byte[]> ico = icoEntries(zip.content("certdesk/certdesk.ico"));
        for (int size : new int[] { 16, 24, 32, 48, 64, 128, 256 }) {
            assertTrue(ico.containsKey(size), "certdesk.ico has no " + size + " px image: " + ico.keySet());
        }
    }

    @Test
    void windowsSetupIsA64BitGuiProgramWithIconAndVersion() throws IOException {
        Path setup = Products.directory().resolve("certdesk-" + version() + "-win32.win32.x86_64-setup.exe");
        Tools.require(Files.isRegularFile(setup), setup.getFileName() + " (made where makensis, Debian nsis, is)");
        System.out.printf("Windows setup %s: %,d bytes%n", setup.getFileName(), Files.size(setup));
        byte[] head;
        try (InputStream in = Files.newInputStream(setup)) {
            head = in.readNBytes(4 << 20); // the NSIS stub with its resources; the payload follows
        }
        assertWindowsGuiProgram(PeFile.parse(head), "CertDesk");
    }

    private static void assertWindowsGuiProgram(PeFile exe, String productName) {
        assertEquals(PeFile.MACHINE_AMD64, exe.machine(), exe::toString);
        assertEquals(PeFile.MAGIC_PE32_PLUS, exe.magic(), exe::toString);
        assertEquals(PeFile.SUBSYSTEM_WINDOWS_GUI, exe.subsystem(), exe::toString);
        assertTrue(exe.resourceTypes().contains(PeFile.RT_GROUP_ICON) && exe.resourceTypes().contains(PeFile.RT_ICON),
                "no icon resource: " + exe);
        assertTrue(exe.resourceTypes().contains(PeFile.RT_VERSION), "no version resource: " + exe);
        assertTrue(exe.hasVersionString("ProductName", productName), "version information without ProductName");
        assertTrue(exe.hasVersionString("ProductVersion", version()), "version information without " + version());
    }

    @Test
    void macArchiveIsAnAppBundleThatStartsByDoubleClick() throws Exception {
        ArchiveEntries tar = ArchiveEntries.read(Products.archive(Platform.MACOS));
        Map<String, String> plist = plist(tar.content("CertDesk.app/Contents/Info.plist"));
        assertEquals("io.certdesk.CertDesk", plist.get("CFBundleIdentifier"), plist::toString);
        assertEquals("CertDesk", plist.get("CFBundleName"), plist::toString);
        assertEquals("APPL", plist.get("CFBundlePackageType"), plist::toString);
        assertEquals(version(), plist.get("CFBundleShortVersionString"), plist::toString);
        assertEquals(version(), plist.get("CFBundleVersion"), plist::toString);
        assertTrue(plist.getOrDefault("LSMinimumSystemVersion", "").matches("1[1-9](\\.\\d+)*"), plist::toString);

        String launcher = "CertDesk.app/Contents/MacOS/" + plist.get("CFBundleExecutable");
        assertTrue(tar.executable(launcher), launcher + " missing or not executable");
        String script = new String(tar.content(launcher), StandardCharsets.UTF_8);
        assertTrue(script.startsWith("#!/bin/sh") && script.contains("/Eclipse/certdesk"), script);
        assertTrue(tar.executable("CertDesk.app/Contents/Eclipse/certdesk"), "the start script is not executable");

        String icon = plist.get("CFBundleIconFile");
        Map<String, byte[]> icns = icnsEntries(tar.content("CertDesk.app/Contents/Resources/" + icon));
        assertEquals(1024, png(icns.get("ic10")).getWidth(), "ic10 is not 1024 px");
        assertEquals(128, png(icns.get("ic07")).getWidth(), "ic07 is not 128 px");
        assertEquals(16, png(icns.get("icp4")).getWidth(), "icp4 is not 16 px");
    }

    @Test
    void linuxArchiveHasADesktopEntryAndIcon() throws Exception {
        ArchiveEntries tar = ArchiveEntries.read(Products.archive(Platform.LINUX));
        String entry = new String(tar.content("certdesk/certdesk.desktop"), StandardCharsets.UTF_8);
        for (String line : new String[] { "[Desktop Entry]", "Type=Application", "Name=CertDesk", "Exec=certdesk",
                "Icon=certdesk", "Terminal=false" }) {
            assertTrue(entry.lines().anyMatch(line::equals), "certdesk.desktop has no line " + line + ":\n" + entry);
        }
        assertTrue(tar.executable("certdesk/install-desktop-entry"), "install-desktop-entry missing or not executable");
        BufferedImage icon = png(tar.content("certdesk/certdesk.png"));
        assertEquals(256, icon.getWidth());
        assertEquals(256, icon.getHeight());

        Optional<Path> validate = Tools.find(new String[] { "desktop-file-validate" });
        Tools.require(validate.isPresent(), "desktop-file-validate (Debian desktop-file-utils)");
        Path file = Files.createTempFile(Products.work(), "certdesk", ".desktop");
        Files.write(file, entry.getBytes(StandardCharsets.UTF_8));
        Process process = new ProcessBuilder(validate.get().toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.isBlank(), "desktop-file-validate: " + output);
    }

    /** The one icon: the Linux PNG, the 256 px image of the .ico and the 256 px image of the .icns are the same bytes. */
    @Test
    void everyPlatformShowsTheSameIcon() throws IOException {
        byte[] linux = ArchiveEntries.read(Products.archive(Platform.LINUX)).content("certdesk/certdesk.png");
        byte[] windows = icoEntries(ArchiveEntries.read(Products.archive(Platform.WINDOWS))
                .content("certdesk/certdesk.ico")).get(256);
        byte[] mac = icnsEntries(ArchiveEntries.read(Products.archive(Platform.MACOS))
                .content("CertDesk.app/Contents/Resources/certdesk.icns")).get("ic08");
        assertArrayEquals(linux, windows, "the .ico's 256 px image differs from certdesk.png");
        assertArrayEquals(linux, mac, "the .icns' 256 px image differs from certdesk.png");
        BufferedImage image = png(linux);
        assertEquals(0, image.getRGB(0, 0) >>> 24, "the icon's corner is not transparent");
        assertEquals(255, image.getRGB(128, 128) >>> 24, "the icon's middle is not opaque");
    }

    /** Size to image data (PNG, or a BMP-style DIB for the small sizes). Checks the directory's offsets. */
    static Map<Integer, byte[]> icoEntries(byte[] ico) {
        ByteBuffer b = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(0));
        assertEquals(1, b.getShort(2), "not an icon file");
        int count = b.getShort(4);
        Map<Integer, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int e = 6 + 16 * i;
            int width = Byte.toUnsignedInt(b.get(e)) == 0 ? 256 : Byte.toUnsignedInt(b.get(e));
            int length = b.getInt(e + 8);
            int offset = b.getInt(e + 12);
            assertTrue(offset + length <= ico.length, "icon entry " + i + " outside the file");
            byte[] data = new byte[length];
            System.arraycopy(ico, offset, data, 0, length);
            boolean isPng = data.length > 8 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G';
            if (isPng) {
                assertEquals(width, png(data).getWidth(), "PNG entry of the wrong size");
            } else {
                ByteBuffer dib = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
                assertEquals(40, dib.getInt(0), "entry " + width + " is neither PNG nor a DIB");
                assertEquals(width, dib.getInt(4));
                assertEquals(2 * width, dib.getInt(8), "a DIB icon's height counts the mask too");
                assertEquals(32, dib.getShort(14));
            }
            entries.put(width, data);
        }
        return entries;
    }

    /** Type to data of an .icns file; checks the lengths add up. */
    static Map<String, byte[]> icnsEntries(byte[] icns) {
        ByteBuffer b = ByteBuffer.wrap(icns).order(ByteOrder.BIG_ENDIAN);
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.length, b.getInt(4), "icns length field");
        Map<String, byte[]> entries = new HashMap<>();
        int at = 8;
        while (at < icns.length) {
            String type = new String(icns, at, 4, StandardCharsets.US_ASCII);
            int length = b.getInt(at + 4);
            assertTrue(length >= 8 && at + length <= icns.length, "bad length of " + type);
            byte[] data = new byte[length - 8];
            System.arraycopy(icns, at + 8, data, 0, data.length);
            entries.put(type, data);
            at += length;
        }
        return entries;
    }

    static BufferedImage png(byte[] data) {
        assertNotNull(data, "no image");
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            assertNotNull(image, "not an image");
            return image;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The top-level string and boolean values of an XML property list (no DTD is fetched). */
    static Map<String, String> plist(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        assertEquals("plist", root.getTagName());
        Element dict = (Element) root.getElementsByTagName("dict").item(0);
        Map<String, String> values = new LinkedHashMap<>();
        NodeList children = dict.getChildNodes();
        String key = null;
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element element = (Element) children.item(i);
            if (element.getTagName().equals("key")) {
                key = element.getTextContent();
            } else if (key != null) {
                values.put(key, switch (element.getTagName()) {
                    case "true", "false" -> element.getTagName();
                    case "array" -> "array";
                    default -> element.getTextContent();
                });
                key = null;
            }
        }
        return values;
    }
}
