package id.layanankecamatan.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a JPEG or PNG within a memory budget: the declared size is read from the header first and an image over
 * {@link #MAX_PIXELS} is refused undecoded; a large one is decoded with source subsampling, so the raster held in
 * memory stays under {@link #DECODED_PIXELS} (a 12 MP phone photo is decoded whole, a 48 MP one at half size).
 */
final class ImageDecoding {

    /** The largest image we agree to open: 50 megapixels (an A4 page at 600 dpi is about 35). */
    static final long MAX_PIXELS = 50_000_000L;
    /** At most this many pixels are decoded (about 64 MB as RGB); still at least twice the stored long edge. */
    static final long DECODED_PIXELS = 16_000_000L;

    private ImageDecoding() {
    }

    static String tooManyPixels(long width, long height) {
        return "Gambar terlalu besar untuk diolah (" + width + " x " + height + " piksel, "
                + Math.round(width * height / 1_000_000.0) + " megapiksel); paling besar "
                + MAX_PIXELS / 1_000_000 + " megapiksel. Perkecil foto atau pindaian.";
    }

    static final String UNREADABLE = "Gambar tidak dapat dibaca (rusak atau formatnya tidak didukung); unggah ulang"
            + " foto JPG atau PNG biasa, atau PDF.";

    /** The decoded raster (perhaps subsampled) and the size the image really has. */
    record Decoded(BufferedImage image, long width, long height) {
    }

    static Decoded decode(byte[] image) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ScanRefused(UNREADABLE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
                    throw new ScanRefused(tooManyPixels(width, height));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                if (decoded == null) {
                    throw new ScanRefused(UNREADABLE);
                }
                return new Decoded(decoded, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // a truncated file, a CMYK or 12-bit JPEG the JDK cannot read, a broken PNG: the citizen's problem
            if (e instanceof ScanRefused refused) {
                throw refused;
            }
            throw new ScanRefused(UNREADABLE, e);
        }
    }

    /** The smallest step that keeps the decoded raster within {@link #DECODED_PIXELS}. */
    static int subsampling(long width, long height) {
        int step = 1;
        while ((width / step) * (height / step) > DECODED_PIXELS) {
            step++;
        }
        return step;
    }
}
