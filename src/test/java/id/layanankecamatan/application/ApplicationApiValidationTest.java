package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.layanankecamatan.support.Http;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every input rule of the citizen API: a clear Indonesian message, problem+json, and nothing stored. */
class ApplicationApiValidationTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(baseUrl());
    }

    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                bad("NIK too short", d -> d.put("nik", "12770355059"), files(), "nik", "NIK harus terdiri dari 16 angka."),
                bad("NIK with a letter", d -> d.put("nik", "127703550590000A"), files(), "nik", "NIK harus terdiri dari 16 angka."),
                bad("NIK with an impossible birth date", d -> d.put("nik", "1277037305900001"), files(), "nik",
                        "Tanggal lahir pada NIK (digit ke-7 sampai ke-12) tidak valid."),
                bad("NIK missing", d -> d.remove("nik"), files(), "nik", "NIK wajib diisi."),
                bad("name missing", d -> d.put("name", "   "), files(), "name", "Nama lengkap wajib diisi."),
                bad("address missing", d -> d.remove("address"), files(), "address", "Alamat wajib diisi."),
                bad("RT not a number", d -> d.put("rt", "tiga"), files(), "rt", "RT wajib diisi dengan angka (misalnya 003)."),
                bad("village missing", d -> d.remove("village"), files(), "village", "Desa/kelurahan wajib diisi."),
                bad("purpose missing", d -> d.remove("purpose"), files(), "purpose", "Keperluan surat wajib diisi."),
                bad("email malformed", d -> d.put("email", "siti@"), files(), "email",
                        "Alamat surel tidak valid (contoh: nama@contoh.com)."),
                bad("phone malformed", d -> d.put("phone", "12345"), files(), "phone",
                        "Nomor HP tidak valid (contoh: 081234567890)."),
                bad("no way to reach the citizen", d -> {
                    d.remove("email");
                    d.remove("phone");
                }, files(), "email", "Isi alamat surel atau nomor HP agar kami dapat menghubungi Anda."),
                bad("a channel the office does not offer", d -> d.putArray("notifyBy").add("SMS").add("WHATSAPP"),
                        files(), "notifyBy", "Cara menerima kabar tidak dikenal: SMS. Pilih WHATSAPP atau EMAIL."),
                bad("no channel chosen", d -> d.putArray("notifyBy"), files(), "notifyBy",
                        "Pilih paling sedikit satu cara menerima kabar."),
                bad("WhatsApp chosen without a mobile number", d -> {
                    d.remove("phone");
                    d.putArray("notifyBy").add("WHATSAPP");
                }, files(), "phone", "Isi nomor HP untuk menerima kabar lewat WhatsApp."),
                bad("e-mail chosen without an address", d -> {
                    d.remove("email");
                    d.putArray("notifyBy").add("EMAIL");
                }, files(), "email", "Isi alamat surel untuk menerima kabar lewat surel."),
                bad("text file named .pdf", d -> { }, files(p -> p.file("ktp", "ktp.pdf", "bukan pdf".getBytes())),
                        "ktp", "Jenis berkas tidak didukung; unggah PDF, JPG atau PNG."),
                bad("PDF over 2 MB", d -> { }, files(p -> p.file("ktp", "ktp.pdf",
                        Arrays.copyOf(Samples.pdf("ktp"), 2 * 1024 * 1024 + 1))),
                        "ktp", "Ukuran PDF melebihi 2 MB; perkecil hasil pindaian atau kirim sebagai foto."),
                bad("photo over 10 MB", d -> { }, files(p -> p.file("ktp", "ktp.jpg",
                        Arrays.copyOf(Samples.jpeg(), 10 * 1024 * 1024 + 1))),
                        "ktp", "Ukuran berkas melebihi batas: foto paling besar 10 MB, PDF paling besar 2 MB."),
                bad("empty scan", d -> { }, files(p -> p.file("ktp", "ktp.jpg", new byte[0])),
                        "ktp", "Berkas kosong; pilih ulang berkas hasil pindaian."),
                bad("required scan missing", d -> { }, new Consumer[] {},
                        "kk", "Unggah Kartu Keluarga (KK)."),
                bad("a file no requirement asks for", d -> { }, files(p -> p.file("foto", "foto.png", Samples.png())),
                        "foto", "Berkas 'foto' bukan persyaratan layanan ini."),
                bad("more than twenty files", d -> { }, files(p -> {
                    for (int i = 0; i < 18; i++) {
                        p.file("lampiran" + i, "l.png", Samples.png());
                    }
                }), "files", "Paling banyak 20 berkas dalam satu pengiriman."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void badSubmissionIsRefusedWithAMessageAndStoresNothing(String rule, Consumer<ObjectNode> data,
                                                            Consumer<Http.Parts>[] extraFiles, String field,
                                                            String message) throws Exception {
        ObjectNode applicant = Samples.domisiliData();
        data.accept(applicant);
        Http.Parts parts = new Http.Parts().text("service", "domisili").json("data", applicant.toString());
        if (extraFiles.length == 0) {
            parts.file("ktp", "ktp.jpg", Samples.jpeg()).file("pengantar_rt_rw", "rt.png", Samples.png());
        } else {
            parts.file("kk", "kk.pdf", Samples.pdf("kk")).file("pengantar_rt_rw", "rt.png", Samples.png());
            if (!field.equals("ktp")) {
                parts.file("ktp", "ktp.jpg", Samples.jpeg());
            }
            for (Consumer<Http.Parts> extra : extraFiles) {
                extra.accept(parts);
            }
        }
        assertRefused(parts, field, message);
    }

    @Test
    void dataSentAsAJsonFileAsCurlDoesIsAccepted() throws Exception {
        // curl -F data=@pemohon.json sends a file part with a name and application/json
        ResponseEntity<String> created = http.postMultipart("/api/v1/applications", scans(new Http.Parts()
                .text("service", "domisili")
                .file("data", "pemohon.json", JSON.writeValueAsBytes(Samples.domisiliData()))).build(), h -> { });

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String number = JSON.readTree(created.getBody()).get("registrationNumber").asText();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment t JOIN application a ON a.id = t.application_id "
                + "WHERE a.registration_number = ?").param(number).query(Long.class).single())
                .as("the data is not stored as a scan").isEqualTo(3);
    }

    @Test
    void dataThatIsNotJsonIsRefused() throws Exception {
        assertRefused(scans(new Http.Parts().text("service", "domisili").json("data", "{nik: 1")), "data",
                "Data pemohon bukan JSON yang sah.");
    }

    @Test
    void unknownServiceIsRefused() throws Exception {
        assertRefused(scans(new Http.Parts().text("service", "paspor")
                .json("data", Samples.domisiliData().toString())), "service", "Layanan tidak dikenal.");
    }

    @Test
    void missingServicePartIsRefused() throws Exception {
        assertRefused(scans(new Http.Parts().json("data", Samples.domisiliData().toString())), "service",
                "Wajib diisi.");
    }

    @Test
    void uploadBeyondTheServerLimitGetsAProblemNotAStackTrace() throws Exception {
        long before = applications();
        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications", scans(new Http.Parts()
                .text("service", "domisili").json("data", Samples.domisiliData().toString())
                .file("lampiran", "besar.pdf", new byte[17 * 1024 * 1024])).build(), h -> { });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(JSON.readTree(answer.getBody()).get("detail").asText())
                .contains("foto paling besar 10 MB dan PDF paling besar 2 MB");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameApplicationOnce() throws Exception {
        long before = applications();
        Http.Parts parts = scans(new Http.Parts().text("service", "domisili")
                .json("data", Samples.domisiliData().toString()));
        ResponseEntity<String> first = http.postMultipart("/api/v1/applications", parts.build(),
                h -> h.set("Idempotency-Key", "form-7f1c2b"));
        ResponseEntity<String> second = http.postMultipart("/api/v1/applications", parts.build(),
                h -> h.set("Idempotency-Key", "form-7f1c2b"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(JSON.readTree(second.getBody())).isEqualTo(JSON.readTree(first.getBody()));
        assertThat(applications()).isEqualTo(before + 1);
    }

    @Test
    void correctionIsRefusedWhileTheOfficeIsNotWaitingForOne() throws Exception {
        JsonNode receipt = JSON.readTree(http.postMultipart("/api/v1/applications", scans(new Http.Parts()
                .text("service", "domisili").json("data", Samples.domisiliData().toString())).build(),
                h -> { }).getBody());
        String number = receipt.get("registrationNumber").asText();
        long attachments = jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();
        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications/" + number + "/correction",
                new Http.Parts().file("kk", "kk.pdf", Samples.pdf("baru")).build(),
                h -> h.set("X-Tracking-Code", receipt.get("trackingCode").asText()));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(JSON.readTree(answer.getBody()).get("detail").asText())
                .isEqualTo("Permohonan ini tidak sedang menunggu perbaikan.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single()).isEqualTo(attachments);
    }

    private void assertRefused(Http.Parts parts, String field, String message) throws Exception {
        long applications = applications();
        long attachments = jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();
        long instances = processEngine.getHistoryService().createHistoricProcessInstanceQuery().count();

        ResponseEntity<String> answer = http.postMultipart("/api/v1/applications", parts.build(), h -> { });

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = JSON.readTree(answer.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("Data permohonan belum benar");
        assertThat(problem.get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("message").asText()).isEqualTo(message);
        });
        assertThat(applications()).isEqualTo(applications);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single()).isEqualTo(attachments);
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    }

    private long applications() {
        return jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single();
    }

    private static Http.Parts scans(Http.Parts parts) {
        return parts.file("ktp", "ktp.jpg", Samples.jpeg()).file("kk", "kk.pdf", Samples.pdf("kk"))
                .file("pengantar_rt_rw", "rt.png", Samples.png());
    }

    private static Arguments bad(String rule, Consumer<ObjectNode> data, Consumer<Http.Parts>[] files, String field,
                                 String message) {
        return Arguments.of(rule, data, files, field, message);
    }

    @SafeVarargs
    private static Consumer<Http.Parts>[] files(Consumer<Http.Parts>... extra) {
        return extra.length == 0 ? new Consumer[] {p -> { }} : extra;
    }
}
