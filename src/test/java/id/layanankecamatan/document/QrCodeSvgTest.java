package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The QR code as inline SVG (the Telegram link on the receipt): drawn back into pixels, it reads as its content. */
class QrCodeSvgTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final int PIXELS = 4;

    @Test
    void theSvgReadsAsTheLink() throws Exception {
        String link = "https://t.me/layanan_test_bot?start=Zm9yZ2VkLXRva2VuLXRoYXQtd2Fz";
        String svg = QrCode.svg(link, 200, "Kode QR <tautan> Telegram");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "width=\"200\"",
                "<title>Kode QR &lt;tautan&gt; Telegram</title>").endsWith("</svg>");
        assertThat(decode(svg)).isEqualTo(link);
    }

    private static String decode(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int size = modules * PIXELS;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int py = y * PIXELS; py < (y + 1) * PIXELS; py++) {
                for (int px = x * PIXELS; px < (x + length) * PIXELS; px++) {
                    pixels[py * size + px] = 0;
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(size, size, pixels)))).getText();
    }
}
