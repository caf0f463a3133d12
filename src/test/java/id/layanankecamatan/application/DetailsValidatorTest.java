package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.api.FieldProblem;
import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.FieldDefinition.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class DetailsValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<FieldDefinition> HEIRS = List.of(
            field("deceasedName", "Nama pewaris", Type.TEXT, true),
            field("dateOfDeath", "Tanggal meninggal", Type.DATE, true),
            new FieldDefinition("heirs", "Ahli waris", Type.ROWS, true, null, null, null, List.of(
                    field("name", "Nama", Type.TEXT, true),
                    field("nik", "NIK", Type.NIK, true),
                    new FieldDefinition("relationship", "Hubungan", Type.SELECT, true, null,
                            List.of("istri", "suami", "anak"), null, null, null, null, null, null, null)), 1, 10, null, null, null),
            field("witnesses", "Jumlah saksi", Type.NUMBER, false));

    private final DetailsValidator validator = new DetailsValidator();

    @Test
    void acceptsCompleteDetailsAndCleansThem() throws Exception {
        DetailsValidator.Result result = validator.validate(HEIRS, JSON.readTree("""
                {"deceasedName": " Ahmad Lubis ", "dateOfDeath": "2026-10-02", "witnesses": "2",
                 "heirs": [{"name": "Rosmawati", "nik": "1277034506700001", "relationship": "istri"},
                           {"name": "Putra Lubis", "nik": "1277031203950002", "relationship": "anak"}]}"""));
        assertThat(result.problems()).isEmpty();
        assertThat(result.values()).containsEntry("deceasedName", "Ahmad Lubis").containsEntry("witnesses", 2L);
        assertThat((List<?>) result.values().get("heirs")).hasSize(2)
                .first().isEqualTo(Map.of("name", "Rosmawati", "nik", "1277034506700001", "relationship", "istri"));
    }

    @Test
    void namesEveryWrongFieldDownToTheRow() throws Exception {
        DetailsValidator.Result result = validator.validate(HEIRS, JSON.readTree("""
                {"dateOfDeath": "02-10-2026", "witnesses": "dua",
                 "heirs": [{"name": "Rosmawati", "nik": "123", "relationship": "sepupu"}]}"""));
        assertThat(result.problems()).containsExactlyInAnyOrder(
                new FieldProblem("deceasedName", "Nama pewaris wajib diisi."),
                new FieldProblem("dateOfDeath", "Tanggal meninggal harus berupa tanggal (TTTT-BB-HH)."),
                new FieldProblem("heirs[0].nik", "NIK harus terdiri dari 16 angka."),
                new FieldProblem("heirs[0].relationship", "Hubungan harus salah satu dari: istri, suami, anak."),
                new FieldProblem("witnesses", "Jumlah saksi harus berupa angka bulat."));
    }

    @Test
    void requiredRowsMustBeThere() throws Exception {
        assertThat(validator.validate(HEIRS, JSON.readTree("{\"deceasedName\":\"A\",\"dateOfDeath\":\"2026-10-02\"}"))
                .problems()).containsExactly(new FieldProblem("heirs", "Isi paling sedikit 1 baris Ahli waris."));
    }

    @Test
    void serviceTextFollowsTheCharacterPolicyAlsoForStaffCorrections() throws Exception {
        List<FieldDefinition> fields = List.of(field("deceasedName", "Nama pewaris", Type.TEXT, true),
                field("venue", "Tempat acara", Type.TEXTAREA, false),
                new FieldDefinition("heirs", "Ahli waris", Type.ROWS, false, null, null, null,
                        List.of(field("name", "Nama", Type.TEXT, true)), null, null, null, null, null));
        DetailsValidator.Result refused = validator.validate(fields, JSON.readTree("""
                {"deceasedName": "Ahmad \u202E Lubis", "venue": "Lapangan \ud83c\udfdf",
                 "heirs": [{"name": "[Terverifikasi](http://evil)"}, {"name": ["a"]}]}"""));
        assertThat(refused.problems()).containsExactlyInAnyOrder(
                new FieldProblem("deceasedName", "Nama pewaris tidak boleh berisi karakter tak terlihat atau karakter"
                        + " kendali (misalnya karakter lebar-nol atau pembalik arah teks)."),
                new FieldProblem("venue", "Tempat acara tidak boleh berisi emoji atau simbol."),
                new FieldProblem("heirs[0].name",
                        "Nama hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( ) : ; \" & ! ? % + @"),
                new FieldProblem("heirs[1].name", "Nama harus berupa satu isian, bukan daftar atau objek."));
        DetailsValidator.Result accepted = validator.validate(fields, JSON.readTree("""
                {"deceasedName": "Nur\u2019aini Lubis", "venue": "Lapangan Merdeka,\\r\\nBatunadua & sekitarnya"}"""));
        assertThat(accepted.problems()).isEmpty();
    }

    private static FieldDefinition field(String code, String label, Type type, boolean required) {
        return new FieldDefinition(code, label, type, required, null, null, null, null, null, null, null, null, null);
    }
}
