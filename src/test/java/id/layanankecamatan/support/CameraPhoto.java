package id.layanankecamatan.support;

import id.layanankecamatan.scan.PhotoNormaliser;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A photo as a phone camera writes it, made in memory: noisy content (so the JPEG is big, as a real one is), stored
 * sideways or mirrored with an APP1 Exif segment whose IFD0 carries the Orientation tag and a GPS IFD with a
 * latitude and longitude, like the camera's own. Which way is up is marked: once the orientation is applied, a
 * red band runs along the top and a blue band along the left side ({@link #upright}).
 * <p>
 * The Exif bytes are written here by hand, independently of the server's reader, so a wrong reading shows.
 */
public final class CameraPhoto {

    public static final Color UP = new Color(220, 30, 30);
    public static final Color LEFT = new Color(30, 30, 220);
    /** Where the camera was: Batunadua, Padangsidimpuan (1° 22' 48" N, 99° 16' 12" E). */
    private static final int[][] LATITUDE = {{1, 1}, {22, 1}, {48, 1}};
    private static final int[][] LONGITUDE = {{99, 1}, {16, 1}, {12, 1}};

    private CameraPhoto() {
    }

    /**
     * @param width        stored width (before the orientation is applied)
     * @param height       stored height
     * @param orientation  Exif orientation 1..8
     * @param targetBytes  the size of the file: the image is encoded at most this big, the rest is the kind of
     *                     filler (maker notes, a thumbnail) cameras write in their APP segments
     */
    public static byte[] jpeg(int width, int height, int orientation, long targetBytes) {
        BufferedImage stored = stored(width, height, orientation);
        byte[] encoded = encodeBelow(stored, targetBytes - exif(orientation).length - 4);
        return assemble(encoded, exif(orientation), targetBytes);
    }

    /** The photo written to a temporary file (for a browser's file input). */
    public static Path tempFile(String name, int width, int height, int orientation, long targetBytes) {
        try {
            Path file = Files.createTempDirectory("camera").resolve(name);
            Files.write(file, jpeg(width, height, orientation, targetBytes));
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Red band along the top, blue band along the left, and neither on the bottom or right. */
    public static boolean upright(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return near(image.getRGB(w / 2, h / 50), UP) && near(image.getRGB(w / 50, h / 2), LEFT)
                && !near(image.getRGB(w / 2, h - 1 - h / 50), UP) && !near(image.getRGB(w - 1 - w / 50, h / 2), LEFT);
    }

    public static boolean near(int rgb, Color color) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - color.getRed()) < 50 && Math.abs(c.getGreen() - color.getGreen()) < 50
                && Math.abs(c.getBlue() - color.getBlue()) < 50;
    }

    /** The marker codes (0xE0..0xEF, 0xFE, ...) of the segments before the image data. */
    public static List<Integer> segments(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) != 0xDA) {
            markers.add(jpeg[i + 1] & 0xFF);
            i += 2 + ((jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF));
        }
        return markers;
    }

    /** Any trace of Exif or of the GPS position written by {@link #jpeg}, anywhere in the bytes. */
    public static boolean hasExifOrGps(byte[] bytes) {
        return indexOf(bytes, "Exif".getBytes(StandardCharsets.US_ASCII)) >= 0
                || indexOf(bytes, rationals(LATITUDE)) >= 0 || indexOf(bytes, rationals(LONGITUDE)) >= 0;
    }

    /** The display image drawn, then stored so that applying {@code orientation} shows it again. */
    private static BufferedImage stored(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(orientation);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = 170 + random.nextInt(60);
                row[x] = v << 16 | (v - random.nextInt(20)) << 8 | (v - random.nextInt(20));
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        // the display's top and left, as stored (from the meaning of Exif orientation: row 0 / column 0)
        String[] sides = switch (orientation) {
            case 1 -> new String[] {"top", "left"};
            case 2 -> new String[] {"top", "right"};
            case 3 -> new String[] {"bottom", "right"};
            case 4 -> new String[] {"bottom", "left"};
            case 5 -> new String[] {"left", "top"};
            case 6 -> new String[] {"left", "bottom"};
            case 7 -> new String[] {"right", "bottom"};
            case 8 -> new String[] {"right", "top"};
            default -> throw new IllegalArgumentException("orientation " + orientation);
        };
        Graphics2D g = image.createGraphics();
        band(g, sides[1], width, height, LEFT);
        band(g, sides[0], width, height, UP);
        g.dispose();
        return image;
    }

    private static void band(Graphics2D g, String side, int width, int height, Color color) {
        g.setColor(color);
        int across = Math.max(2, Math.min(width, height) / 12);
        switch (side) {
            case "top" -> g.fillRect(0, 0, width, across);
            case "bottom" -> g.fillRect(0, height - across, width, across);
            case "left" -> g.fillRect(0, 0, across, height);
            default -> g.fillRect(width - across, 0, across, height);
        }
    }

    /** The best quality whose JPEG stays at most {@code limit} bytes. */
    private static byte[] encodeBelow(BufferedImage image, long limit) {
        float low = 0.05f;
        float high = 0.98f;
        byte[] best = PhotoNormaliser.encode(image, low);
        if (best.length > limit) {
            throw new IllegalArgumentException("a " + image.getWidth() + " x " + image.getHeight()
                    + " photo cannot be made as small as " + limit + " bytes");
        }
        for (int step = 0; step < 6; step++) {
            float middle = (low + high) / 2;
            byte[] encoded = PhotoNormaliser.encode(image, middle);
            if (encoded.length <= limit) {
                best = encoded;
                low = middle;
            } else {
                high = middle;
            }
        }
        return best;
    }

    /** SOI, the Exif APP1, filler APP2 segments up to the size, then the encoder's segments without its JFIF APP0. */
    private static byte[] assemble(byte[] encoded, byte[] exif, long targetBytes) {
        int rest = 2;
        if ((encoded[2] & 0xFF) == 0xFF && (encoded[3] & 0xFF) == 0xE0) {
            rest = 4 + ((encoded[4] & 0xFF) << 8 | (encoded[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(encoded, 0, 2);
        out.write(exif, 0, exif.length);
        long filler = targetBytes - 2 - exif.length - (encoded.length - rest);
        while (filler >= 4) {
            // a segment takes its marker (2) and its length, which counts itself (2) and at most 65 533 bytes
            long segment = Math.min(2 + 65_535, filler);
            if (filler - segment > 0 && filler - segment < 4) {
                segment = filler - 4; // leave room for one more whole segment
            }
            int length = (int) segment - 2;
            out.write(0xFF);
            out.write(0xE2);
            out.write(length >> 8);
            out.write(length & 0xFF);
            out.write(new byte[length - 2], 0, length - 2);
            filler -= segment;
        }
        out.write(encoded, rest, encoded.length - rest);
        return out.toByteArray();
    }

    /** APP1: "Exif\0\0", then a big-endian TIFF: IFD0 (Orientation, GPS IFD pointer), the GPS IFD, its rationals. */
    static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(140);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries, no next IFD
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1).putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1).putInt(38);
        tiff.putInt(0);
        // GPS IFD at 38: latitude N at 92, longitude E at 116
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3).putInt(92);
        entry(tiff, 0x0003, 2, 2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0004, 5, 3).putInt(116);
        tiff.putInt(0);
        tiff.put(rationals(LATITUDE)).put(rationals(LONGITUDE));
        byte[] body = tiff.array();
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + body.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        app1.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0).put(body);
        return app1.array();
    }

    private static ByteBuffer entry(ByteBuffer tiff, int tag, int type, int count) {
        return tiff.putShort((short) tag).putShort((short) type).putInt(count);
    }

    private static byte[] rationals(int[][] values) {
        ByteBuffer bytes = ByteBuffer.allocate(24);
        for (int[] value : values) {
            bytes.putInt(value[0]).putInt(value[1]);
        }
        return bytes.array();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
