package id.layanankecamatan.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A photo (JPEG or PNG) as we store it: upright (Exif orientation applied), long edge at most {@link #MAX_EDGE}
 * pixels, a JPEG without any metadata (no Exif, GPS position, XMP, ICC or comment), within a byte budget. A JPEG
 * that already is all that (what the portal's script sends) is kept byte for byte, so it loses nothing.
 * <p>
 * Decoding a photo takes tens of megabytes; at most {@code concurrentDecodes} run at once, so many uploads at the
 * same moment wait for each other instead of exhausting the heap.
 */
public class PhotoNormaliser {

    public static final int MAX_EDGE = 2000;
    public static final long MAX_PIXELS = ImageDecoding.MAX_PIXELS;
    private static final float[] QUALITIES = {0.85f, 0.75f, 0.65f, 0.55f, 0.45f};
    private static final long WAIT_SECONDS = 60;

    private final Semaphore decodes;

    public PhotoNormaliser(int concurrentDecodes) {
        this.decodes = new Semaphore(concurrentDecodes, true);
    }

    /** The message for an image declaring more pixels than we agree to decode. */
    public static String tooManyPixels(long width, long height) {
        return ImageDecoding.tooManyPixels(width, height);
    }

    /** The stored JPEG for a JPEG or PNG photo, at most {@code budget} bytes; ScanRefused if it cannot be. */
    public byte[] normalise(byte[] image, long budget) {
        boolean jpeg = image.length > 2 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8;
        JpegStructure structure = jpeg ? JpegStructure.of(image) : null;
        acquire();
        try {
            ImageDecoding.Decoded decoded = ImageDecoding.decode(image);
            if (jpeg && structure.clean() && image.length <= budget
                    && Math.max(decoded.width(), decoded.height()) <= MAX_EDGE) {
                return image; // already what we would make: re-encoding would only lose detail
            }
            return withinBudget(Downscale.orient(Downscale.fit(decoded.image(), MAX_EDGE),
                    structure == null ? 1 : structure.orientation()), budget);
        } finally {
            decodes.release();
        }
    }

    /** The best quality that fits; past the lowest quality, smaller pixel dimensions. */
    private static byte[] withinBudget(BufferedImage image, long budget) {
        BufferedImage current = image;
        while (true) {
            for (float quality : QUALITIES) {
                byte[] encoded = encode(current, quality);
                if (encoded.length <= budget) {
                    return encoded;
                }
            }
            int edge = Math.max(current.getWidth(), current.getHeight());
            if (edge < 200) {
                throw new ScanRefused("Foto tidak dapat diperkecil sampai batas ukuran; unggah foto lain.");
            }
            current = Downscale.fit(current, edge * 3 / 4);
        }
    }

    /** Baseline JPEG with only the JFIF header: no metadata is passed to the writer, so none is written. */
    public static byte[] encode(BufferedImage rgb, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private void acquire() {
        try {
            if (!decodes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ScanRefused("Server sedang mengolah banyak foto; kirim ulang beberapa saat lagi.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanRefused("Pengolahan foto terhenti; kirim ulang beberapa saat lagi.", e);
        }
    }
}
