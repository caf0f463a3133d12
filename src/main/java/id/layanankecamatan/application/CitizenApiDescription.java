package id.layanankecamatan.application;

import id.layanankecamatan.scan.PhotoNormaliser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the citizen API at {@code /api/v1/openapi.json}, for outside clients (a village
 * office's own system, an app): the routes come from the controllers; this adds what they cannot say — the
 * problem+json error shape every failure has, with the Indonesian messages a client will actually see.
 */
@Configuration(proxyBeanMethods = false)
class CitizenApiDescription {

    static final String PROBLEM = "Problem";
    private static final long MB = 1024 * 1024;

    /** The upload rule (UploadValidator, ScanPreparation) as a client must know it. */
    static final String FILE_RULES = "Berkas persyaratan: PDF, JPEG atau PNG, dikenali dari isinya. Foto (JPEG atau "
            + "PNG) boleh sampai " + UploadValidator.MAX_IMAGE_BYTES / MB + " MB; server meluruskannya menurut "
            + "orientasi Exif, memperkecil sisi terpanjangnya menjadi paling banyak " + PhotoNormaliser.MAX_EDGE
            + " piksel dan menyimpannya sebagai JPEG paling besar " + UploadValidator.MAX_BYTES / MB + " MB tanpa "
            + "metadata apa pun (Exif, lokasi GPS, XMP, profil warna, komentar). Gambar di atas "
            + PhotoNormaliser.MAX_PIXELS / 1_000_000 + " megapiksel ditolak. Sampai "
            + UploadValidator.MAX_PHOTOS_PER_REQUIREMENT + " foto untuk satu persyaratan (beberapa bagian dengan nama "
            + "yang sama, mis. dua halaman surat pengantar atau dua sisi kartu) disimpan sebagai satu PDF, satu "
            + "halaman per foto menurut urutan pengiriman. PDF paling besar " + UploadValidator.MAX_BYTES / MB
            + " MB dan harus sendiri untuk persyaratannya. Paling banyak " + UploadValidator.MAX_FILES
            + " berkas dalam satu permintaan.";

    @Bean
    OpenAPI citizenApi(@Value("${layanan.office.name}") String office) {
        return new OpenAPI().info(new Info()
                .title("Layanan Kecamatan — API warga")
                .version("v1")
                .description("Permohonan surat di " + office + ": daftar layanan dan standar pelayanannya, mengajukan "
                        + "permohonan dengan berkas persyaratan, melihat status dengan nomor registrasi dan kode lacak "
                        + "(header X-Tracking-Code), memperbaiki, membatalkan, mengunduh surat yang telah terbit, "
                        + "dan mengisi Survei Kepuasan Masyarakat setelah selesai; hasil survei (IKM) terbuka untuk umum. "
                        + "Pengaduan, saran dan permintaan informasi (UU 25/2009 Pasal 36-37) dengan lampiran, dilacak "
                        + "dengan nomor pengaduan dan kode lacak seperti permohonan. "
                        + "Setiap kesalahan dijawab sebagai application/problem+json dengan pesan berbahasa Indonesia. "
                        + FILE_RULES));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(CitizenApiDescription::addErrors));
        };
    }

    private static void addErrors(Operation operation) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Data permohonan belum benar: errors menyebut setiap isian dan aturannya, mis. "
                + "{\"field\":\"nik\",\"message\":\"NIK harus terdiri dari 16 angka.\"}");
        errors.put("404", "Permohonan tidak ditemukan. Periksa nomor registrasi dan kode lacak Anda. (Untuk pengaduan: "
                + "Pengaduan tidak ditemukan. Periksa nomor pengaduan dan kode lacak Anda.)");
        errors.put("409", "Keadaan tidak memungkinkan, mis. permohonan ini tidak sedang menunggu perbaikan, atau layanan "
                + "tidak lagi menerima permohonan baru (detail menjelaskan gantinya).");
        errors.put("422", "Kunci idempotensi sudah dipakai untuk permintaan lain.");
        errors.put("500", "Terjadi kesalahan pada sistem; permintaan Anda tidak mengubah apa pun. Silakan coba lagi.");
        errors.forEach((status, example) -> {
            if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, new ApiResponse().description(example)
                        .content(new Content().addMediaType("application/problem+json", new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.addProperty("field", new StringSchema().example("nik"));
        fieldProblem.addProperty("message", new StringSchema().example("NIK harus terdiri dari 16 angka."));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details; detail and messages are in Indonesian");
        problem.addProperty("type", new StringSchema().example("about:blank"));
        problem.addProperty("title", new StringSchema().example("Data permohonan belum benar"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("Periksa kembali isian yang ditandai."));
        problem.addProperty("instance", new StringSchema().example("/api/v1/applications"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem));
        problem.required(List.of("title", "status", "detail"));
        return problem;
    }
}
