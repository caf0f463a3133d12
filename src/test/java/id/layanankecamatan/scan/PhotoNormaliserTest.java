package id.layanankecamatan.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.layanankecamatan.support.CameraPhoto;
import id.layanankecamatan.support.Samples;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Photos as the server stores them: upright, at most 2000 px, no metadata, within 2 MB; several as one PDF. */
@Tag("fast")
class PhotoNormaliserTest {

    private static final int TWO_MB = 2 * 1024 * 1024;

    private final PhotoNormaliser normaliser = new PhotoNormaliser(2);

    @ParameterizedTest(name = "Exif orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void theOrientationIsAppliedMirroredOnesToo(int orientation) throws IOException {
        byte[] photo = CameraPhoto.jpeg(2400, 1800, orientation, 1_500_000);
        assertThat(JpegStructure.of(photo).orientation()).isEqualTo(orientation);

        BufferedImage stored = read(normaliser.normalise(photo, TWO_MB));

        // 2, 4, 5 and 7 are mirrored: the blue band on the left tells them from their turned twins
        assertThat(CameraPhoto.upright(stored)).as("red on top, blue on the left").isTrue();
        boolean turned = orientation >= 5;
        assertThat(stored.getWidth()).isEqualTo(turned ? 1500 : 2000);
        assertThat(stored.getHeight()).isEqualTo(turned ? 2000 : 1500);
    }

    @Test
    void aFiveMegabyteCameraPhotoIsStoredSmallUprightAndWithoutItsPosition() throws IOException {
        byte[] photo = CameraPhoto.jpeg(4000, 3000, 6, 5L * 1024 * 1024);
        assertThat(photo.length).isEqualTo(5 * 1024 * 1024);
        assertThat(CameraPhoto.hasExifOrGps(photo)).as("the sample has what we must drop").isTrue();

        byte[] stored = normaliser.normalise(photo, TWO_MB);

        assertThat(stored.length).isLessThanOrEqualTo(TWO_MB);
        assertThat(CameraPhoto.hasExifOrGps(stored)).isFalse();
        // only the JFIF header (APP0) and the image's own tables: no APP1..APP15, no comment
        assertThat(CameraPhoto.segments(stored)).noneMatch(m -> m >= 0xE1 && m <= 0xEF || m == 0xFE);
        BufferedImage image = read(stored);
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(2000);
        assertThat(image.getHeight()).isEqualTo(2000);
        assertThat(CameraPhoto.upright(image)).isTrue();
    }

    @Test
    void aTightBudgetLowersTheQualityUntilItFits() throws IOException {
        byte[] photo = CameraPhoto.jpeg(2000, 1500, 1, 1_800_000);

        byte[] stored = normaliser.normalise(photo, 150_000);

        assertThat(stored.length).isLessThanOrEqualTo(150_000);
        assertThat(CameraPhoto.upright(read(stored))).isTrue();
    }

    @Test
    void aTransparentPngIsDrawnOnWhite() throws IOException {
        BufferedImage png = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = png.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 150, 200); // the right half stays fully transparent
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(png, "png", bytes);

        byte[] stored = normaliser.normalise(bytes.toByteArray(), TWO_MB);

        assertThat(JpegStructure.of(stored).clean()).isTrue();
        BufferedImage image = read(stored);
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(CameraPhoto.near(image.getRGB(250, 100), Color.WHITE)).isTrue();
        assertThat(CameraPhoto.near(image.getRGB(50, 100), Color.BLACK)).isTrue();
    }

    @Test
    void aSmallCleanJpegIsKeptByteForByteAndSoIsWhatWeStore() {
        byte[] small = Samples.jpeg();
        assertThat(normaliser.normalise(small, TWO_MB)).isEqualTo(small);

        // what the portal's script sends back, or our own output sent again: no second generation of loss
        byte[] stored = normaliser.normalise(CameraPhoto.jpeg(2400, 1800, 6, 1_000_000), TWO_MB);
        assertThat(normaliser.normalise(stored, TWO_MB)).isEqualTo(stored);
    }

    @Test
    void aSmallJpegWithMetadataIsReEncodedWithout() {
        byte[] small = CameraPhoto.jpeg(800, 600, 1, 200_000);

        byte[] stored = normaliser.normalise(small, TWO_MB);

        assertThat(stored).isNotEqualTo(small);
        assertThat(CameraPhoto.hasExifOrGps(stored)).isFalse();
    }

    @Test
    void anUndecodableImageIsRefusedWithAReason() {
        byte[] junk = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 4096);

        assertThatThrownBy(() -> normaliser.normalise(junk, TWO_MB)).isInstanceOf(ScanRefused.class)
                .hasMessage("Gambar tidak dapat dibaca (rusak atau formatnya tidak didukung); unggah ulang foto JPG"
                        + " atau PNG biasa, atau PDF.");
    }

    @Test
    void anImageDeclaringSixtyMegapixelsIsRefusedBeforeDecoding() {
        byte[] bomb = Samples.jpegDeclaring(10_000, 6_000);
        assertThat(bomb.length).isLessThan(4096);

        assertThatThrownBy(() -> normaliser.normalise(bomb, TWO_MB)).isInstanceOf(ScanRefused.class)
                .hasMessage("Gambar terlalu besar untuk diolah (10000 x 6000 piksel, 60 megapiksel); paling besar"
                        + " 50 megapiksel. Perkecil foto atau pindaian.");
    }

    @Test
    void aBigImageIsDecodedSubsampled() {
        assertThat(ImageDecoding.subsampling(4000, 3000)).isEqualTo(1);
        assertThat(ImageDecoding.subsampling(8000, 6000)).isEqualTo(2);
        assertThat(ImageDecoding.subsampling(7071, 7071)).isEqualTo(2);
    }

    @Test
    void fourPhotosBecomeAFourPagePdfInTheOrderSent() throws IOException {
        List<Color> colours = List.of(Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW);
        List<byte[]> photos = colours.stream().map(c -> Samples.jpeg(c, 300, 400)).toList();

        byte[] pdf = new PhotoPdf(normaliser).of(photos, TWO_MB);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < 4; page++) {
                BufferedImage rendered = renderer.renderImageWithDPI(page, 36);
                assertThat(CameraPhoto.near(rendered.getRGB(rendered.getWidth() / 2, rendered.getHeight() / 2),
                        colours.get(page))).as("page " + (page + 1)).isTrue();
                PDPage p = document.getPage(page);
                assertThat(p.getMediaBox().getHeight()).as("upright A4").isGreaterThan(p.getMediaBox().getWidth());
                PDImageXObject image = (PDImageXObject) p.getResources()
                        .getXObject(p.getResources().getXObjectNames().iterator().next());
                assertThat(image.getCOSObject().getCOSName(COSName.FILTER)).as("the JPEG as it is")
                        .isEqualTo(COSName.DCT_DECODE);
            }
        }
    }

    @Test
    void photosTooBigTogetherAreReEncodedSmallerToFitThePdf() throws IOException {
        List<byte[]> photos = List.of(1, 3, 6, 8).stream()
                .map(o -> normaliser.normalise(CameraPhoto.jpeg(2000, 1500, o, 1_900_000), TWO_MB)).toList();
        assertThat(photos.stream().mapToLong(p -> p.length).sum()).isGreaterThan(TWO_MB);

        byte[] pdf = new PhotoPdf(normaliser).of(photos, TWO_MB);

        assertThat(pdf.length).isLessThanOrEqualTo(TWO_MB);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("a lying photo, a lying page")
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(2, 72);
            assertThat(page.getHeight()).isGreaterThan(page.getWidth());
        }
    }


    private static BufferedImage read(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }
}
