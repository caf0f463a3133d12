package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.layanankecamatan.signing.SignatureCertificate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The layout of tata naskah dinas, read back from the PDF: rows in aligned columns, the signature block of each
 * capacity, and words about the signature that claim no more than the certificate is.
 */
class LetterRendererTest {

    private static final OffsetDateTime NOVEMBER = OffsetDateTime.parse("2026-11-30T10:00:00+07:00");
    private static final Signatory SEKRETARIS = new Signatory("sekcam", "Nama Sekretaris, S.Sos", "198502022010012002",
            "Penata Tingkat I (III/d)", List.of("a.n. CAMAT PADANGSIDIMPUAN BATUNADUA", "SEKRETARIS,"),
            "Sekretaris Kecamatan a.n. Camat", "Sekretaris Kecamatan, atas nama Camat");

    private final LetterRenderer renderer = new LetterRenderer(new LetterProperties(null, false, null,
            new ClassPathResource("letterhead/logo.png"), null), new LetterFont());

    @Test
    void rowsPrintTheirColonsAndValuesInOneColumnWhateverTheLabelsLength() throws Exception {
        byte[] pdf = renderer.render(letter(SignatureCertificate.PERSONAL, List.of(
                new LetterBlock.Paragraph("Yang bertanda tangan di bawah ini:"),
                new LetterBlock.Rows(List.of(new LetterBlock.Row("a. Nama", "Siti Nur'aini Hasibuan"),
                        new LetterBlock.Row("b. Tempat/tanggal lahir", "Padangsidimpuan, 15 Mei 1990"),
                        new LetterBlock.Row("c. Alamat", "Jl. Merdeka No. 5 RT 003/RW 002, Batunadua Julu, yang "
                                + "cukup panjang sehingga nilainya harus dilipat ke baris berikutnya di kolomnya"))),
                new LetterBlock.Paragraph("Demikian surat ini dibuat untuk dipergunakan sebagaimana mestinya."))));

        PrintedWords words = PrintedWords.of(pdf);
        float colon = words.onLineOf("a.", ":").x();
        assertThat(words.onLineOf("b.", ":").x()).isCloseTo(colon, within(0.5f));
        assertThat(words.onLineOf("c.", ":").x()).isCloseTo(colon, within(0.5f));
        float value = words.valueOnLineOf("a.").x();
        assertThat(value).isGreaterThan(colon);
        assertThat(words.valueOnLineOf("b.").x()).isCloseTo(value, within(0.5f));
        assertThat(words.valueOnLineOf("c.").x()).isCloseTo(value, within(0.5f));
        // the wrapped part of a long value starts in the value column, not under the label
        assertThat(words.first("kolomnya").x()).isGreaterThanOrEqualTo(value - 0.5f);
        // labels are indented from the margin of the running text
        assertThat(words.first("a.").x()).isGreaterThan(words.first("Yang").x());
    }

    @Test
    void theSekretarisSignsAtasNamaWithRankAndTheNipAsBknPrintsIt() throws Exception {
        String text = text(renderer.render(letter(SignatureCertificate.PERSONAL, List.of(
                new LetterBlock.Paragraph("Isi.")))));

        assertThat(text).contains("Padangsidimpuan, 30 November 2026 a.n. CAMAT PADANGSIDIMPUAN BATUNADUA SEKRETARIS,",
                "Nama Sekretaris, S.Sos Penata Tingkat I (III/d) NIP 19850202 201001 2 002",
                "Ditandatangani secara elektronik dengan sertifikat pribadi penanda tangan.")
                .doesNotContain("BSrE", "UU ITE", "NIP.");
    }

    @Test
    void onlyABsreCertificateBringsTheUuIteFooterAndTheOfficeCertificateIsNamedAsSuch() throws Exception {
        String office = text(renderer.render(letter(SignatureCertificate.OFFICE, List.of(
                new LetterBlock.Paragraph("Isi.")))));
        assertThat(office).contains("Ditandatangani secara elektronik dengan sertifikat kantor.")
                .doesNotContain("BSrE", "UU ITE");

        String certified = text(renderer.render(letter(SignatureCertificate.BSRE, List.of(
                new LetterBlock.Paragraph("Isi.")))));
        assertThat(certified).contains("dengan sertifikat elektronik BSrE.",
                "UU ITE Pasal 5 ayat (1): \"Informasi Elektronik dan/atau Dokumen Elektronik dan/atau hasil "
                        + "cetaknya merupakan alat bukti hukum yang sah.\"",
                "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang "
                        + "diterbitkan oleh BSrE.");
    }

    private static LetterContent letter(SignatureCertificate certificate, List<LetterBlock> body) {
        return new LetterContent("PEMERINTAH KOTA PADANGSIDIMPUAN", "KECAMATAN PADANGSIDIMPUAN BATUNADUA",
                "Jl. Raja Inal Siregar", "Telp. (0634) 000000", "SURAT KETERANGAN", "400.12.2/0001/BTN/XI/2026",
                body, "Padangsidimpuan, 30 November 2026", SEKRETARIS, certificate,
                new LetterContent.Verification("ABCDE-FGH23", "http://localhost/verifikasi/ABCDEFGH23",
                        "http://localhost/verifikasi"), NOVEMBER);
    }

    private static String text(byte[] pdf) throws Exception {
        return SignedPdfs.text(pdf);
    }
}
