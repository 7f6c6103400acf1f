/*
 * Renders the CertDesk icon (certdesk.svg, drawn once) into the files each platform needs. Run by the
 * product build (product/pom.xml, a single-file Java program with JSVG on the class path):
 *
 *   java -cp jsvg.jar releng/branding/RenderIcons.java releng/branding/certdesk.svg OUTPUT_FOLDER
 *
 * Writes into OUTPUT_FOLDER:
 *   png/certdesk-N.png   N = 16 ... 1024 (the Linux hicolor sizes and the sources of the containers)
 *   certdesk.png         256 x 256 (Linux: the .desktop entry's icon)
 *   certdesk.ico         Windows: 16, 24, 32, 48, 64 as 32-bit BGRA bitmaps, 128 and 256 as PNG
 *   certdesk.icns        macOS: PNG entries icp4 (16) ... ic10 (1024) and the @2x types
 *
 * SVG rendering: JSVG (com.github.weisj:jsvg), the renderer the product already ships for SWT's SVG
 * images, from Maven Central. The ICO and ICNS containers are written here, by hand: they are short
 * tables of sizes and offsets in front of PNG or bitmap data, and no well-kept library on Maven
 * Central writes them (TwelveMonkeys reads ICO but does not write it; image4j was last released in
 * 2012). docs/user-guide.md ("The icon") says the same.
 */

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

public final class RenderIcons {

    private static final int[] PNG_SIZES = { 16, 24, 32, 48, 64, 128, 256, 512, 1024 };
    private static final int[] ICO_BITMAP_SIZES = { 16, 24, 32, 48, 64 };
    private static final int[] ICO_PNG_SIZES = { 128, 256 };

    /** ICNS PNG types: type code to pixel size (the @2x types hold twice the point size). */
    private static final Map<String, Integer> ICNS_TYPES = new LinkedHashMap<>();
    static {
        ICNS_TYPES.put("icp4", 16);
        ICNS_TYPES.put("icp5", 32);
        ICNS_TYPES.put("ic11", 32);   // 16@2x
        ICNS_TYPES.put("icp6", 64);
        ICNS_TYPES.put("ic12", 64);   // 32@2x
        ICNS_TYPES.put("ic07", 128);
        ICNS_TYPES.put("ic08", 256);
        ICNS_TYPES.put("ic13", 256);  // 128@2x
        ICNS_TYPES.put("ic09", 512);
        ICNS_TYPES.put("ic14", 512);  // 256@2x
        ICNS_TYPES.put("ic10", 1024); // 512@2x
    }

    private RenderIcons() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RenderIcons SVG OUTPUT_FOLDER");
            System.exit(2);
        }
        Path svg = Paths.get(args[0]).toAbsolutePath();
        Path out = Paths.get(args[1]).toAbsolutePath();
        SVGDocument document = new SVGLoader().load(svg.toUri().toURL());
        if (document == null) {
            throw new IOException("JSVG could not read " + svg);
        }
        Files.createDirectories(out.resolve("png"));
        Map<Integer, BufferedImage> images = new TreeMap<>();
        Map<Integer, byte[]> pngs = new TreeMap<>();
        for (int size : PNG_SIZES) {
            BufferedImage image = render(document, size);
            byte[] png = png(image);
            images.put(size, image);
            pngs.put(size, png);
            Files.write(out.resolve("png/certdesk-" + size + ".png"), png);
        }
        Files.write(out.resolve("certdesk.png"), pngs.get(256));
        Files.write(out.resolve("certdesk.ico"), ico(images, pngs));
        Files.write(out.resolve("certdesk.icns"), icns(pngs));
        System.out.println("RenderIcons: wrote " + PNG_SIZES.length + " PNG sizes, certdesk.ico and certdesk.icns to " + out);
    }

    private static BufferedImage render(SVGDocument document, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render(null, g, new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }

    /**
     * ICO: ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images. Small sizes as
     * 32-bit BGRA device-independent bitmaps (every Windows version and NSIS read them), large ones as
     * PNG (Windows Vista and later).
     */
    static byte[] ico(Map<Integer, BufferedImage> images, Map<Integer, byte[]> pngs) {
        Map<Integer, byte[]> data = new TreeMap<>();
        for (int size : ICO_BITMAP_SIZES) {
            data.put(size, dib(images.get(size)));
        }
        for (int size : ICO_PNG_SIZES) {
            data.put(size, pngs.get(size));
        }
        int total = 6 + 16 * data.size() + data.values().stream().mapToInt(d -> d.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) data.size());
        int offset = 6 + 16 * data.size();
        for (Map.Entry<Integer, byte[]> entry : data.entrySet()) {
            int size = entry.getKey();
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0);            // no palette, reserved
            buffer.putShort((short) 1).putShort((short) 32); // planes, bits per pixel
            buffer.putInt(entry.getValue().length).putInt(offset);
            offset += entry.getValue().length;
        }
        data.values().forEach(buffer::put);
        return buffer.array();
    }

    /** BITMAPINFOHEADER, bottom-up BGRA rows, then the 1-bit AND mask (rows padded to 32 bits). */
    private static byte[] dib(BufferedImage image) {
        int size = image.getWidth();
        int maskRow = ((size + 31) / 32) * 4;
        ByteBuffer buffer = ByteBuffer.allocate(40 + size * size * 4 + maskRow * size).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(40).putInt(size).putInt(size * 2).putShort((short) 1).putShort((short) 32);
        buffer.putInt(0).putInt(size * size * 4).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = size - 1; y >= 0; y--) {
            for (int x = 0; x < size; x++) {
                int argb = image.getRGB(x, y);
                buffer.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        for (int y = size - 1; y >= 0; y--) {
            byte[] row = new byte[maskRow];
            for (int x = 0; x < size; x++) {
                if ((image.getRGB(x, y) >>> 24) == 0) {
                    row[x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
            buffer.put(row);
        }
        return buffer.array();
    }

    /** ICNS: 'icns' and the total length (big-endian), then per entry its type, length (with header) and PNG. */
    static byte[] icns(Map<Integer, byte[]> pngs) {
        int total = 8 + ICNS_TYPES.values().stream().mapToInt(size -> 8 + pngs.get(size).length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buffer.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(total);
        for (Map.Entry<String, Integer> entry : ICNS_TYPES.entrySet()) {
            byte[] png = pngs.get(entry.getValue());
            buffer.put(entry.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(8 + png.length).put(png);
        }
        return buffer.array();
    }
}
