package id.layanankecamatan.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * JPEGs as a phone camera writes them: large, noisy, with an Exif block holding the orientation the phone was held
 * in and the GPS position where the photo was taken. The raster is stored unrotated with a red band on the side
 * that is the top once the orientation is applied.
 */
public final class CameraPhoto {

    private CameraPhoto() {
    }

    /** A photo of about {@code minimumBytes} with Exif orientation 6 (turned 90°: stored landscape, shown portrait). */
    public static byte[] withOrientationAndGps(int width, int height, int orientation, int minimumBytes) {
        if (orientation != 6) {
            throw new IllegalArgumentException("only orientation 6 is drawn");
        }
        for (int noise = 8; ; noise *= 2) {
            byte[] jpeg = jpeg(noisy(width, height, noise), 0.95f);
            if (jpeg.length >= minimumBytes || noise > 128) {
                return withExif(jpeg, orientation);
            }
        }
    }

    /** A plain photo of one colour with a little writing on it, without metadata. */
    public static byte[] plain(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.drawString("SURAT PENGANTAR", width / 10, height / 10);
        g.dispose();
        return jpeg(image, 0.9f);
    }

    /** Whether the red band of {@link #withOrientationAndGps} is along the top edge of the image as stored. */
    public static boolean markerOnTop(BufferedImage image) {
        return redness(image, 0, image.getHeight() / 40) > 100 && redness(image, image.getHeight() * 39 / 40,
                image.getHeight()) < 60;
    }

    private static int redness(BufferedImage image, int fromRow, int toRow) {
        long sum = 0;
        int n = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                Color c = new Color(image.getRGB(x, y));
                sum += c.getRed() - (c.getGreen() + c.getBlue()) / 2;
                n++;
            }
        }
        return (int) (sum / Math.max(1, n));
    }

    /** Stored landscape; orientation 6 turns it clockwise, so the band at the left edge becomes the top. */
    private static BufferedImage noisy(int width, int height, int noise) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(17);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = 170 + (x * 40 / width);
                int v = Math.max(0, Math.min(255, base + random.nextInt(noise) - noise / 2));
                image.setRGB(x, y, x < width / 20 ? 0xD01010 : (v << 16) | (v << 8) | v);
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        for (int line = 1; line < 30; line++) {
            g.drawString("REPUBLIK INDONESIA  KARTU TANDA PENDUDUK  NIK  baris " + line, width / 8, line * height / 31);
        }
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JPEG with an APP1 Exif block right after its start marker: IFD0 with Orientation and a GPS IFD. */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(140);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, orientation << 16);
        entry(tiff, 0x8825, 4, 1, 38);
        tiff.putInt(0);
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2, 'N' << 24);
        entry(tiff, 0x0002, 5, 3, 92);
        entry(tiff, 0x0003, 2, 2, 'E' << 24);
        entry(tiff, 0x0004, 5, 3, 116);
        tiff.putInt(0);
        // 1° 23' 45" N, 99° 16' 30" E: somewhere near Padangsidimpuan
        for (int[] dms : new int[][] {{1, 23, 45}, {99, 16, 30}}) {
            for (int part : dms) {
                tiff.putInt(part).putInt(1);
            }
        }
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }
}
