package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.TextPolicy.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The character policy on its own: what a name or a free-text field may hold, and the message for what not. */
@Tag("fast")
class TextPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Siti Nur'aini Hasibuan", "Nur'aini Pérez Siregar", "Ñoño", "Jl. Merdeka No. 5/7 (belakang)",
        "Đặng Thị Hằng", "Zoë-Ann", "Nur\u2019aini Lubis", "محمد", "王小明", "Ahmad bin Abdul-Rahman, S.Pd.", "Nama\u0301 dengan tanda gabung"})
    void namesOfEveryScriptWithTheirDiacriticsPass(String name) {
        assertThat(TextPolicy.problem("Nama", name, Kind.NAME, 100, false)).isEmpty();
    }

    private static final String INVISIBLE = "Nama tidak boleh berisi karakter tak terlihat atau karakter kendali"
            + " (misalnya karakter lebar-nol atau pembalik arah teks).";

    // plain arguments, not CSV: a CSV parser would trim control characters away
    static Stream<Arguments> refusedNames() {
        return Stream.of(
                Arguments.of("Budi \uD83D\uDE00 Harahap", "Nama tidak boleh berisi emoji atau simbol."),
                Arguments.of("Budi \u2605", "Nama tidak boleh berisi emoji atau simbol."),
                Arguments.of("Budi\u200BHarahap", INVISIBLE),
                Arguments.of("Budi \u202Ekaparah", INVISIBLE),
                Arguments.of("Budi \u2067x\u2069", INVISIBLE),
                Arguments.of("Budi\u0007", INVISIBLE),
                Arguments.of("Budi\u0085Harahap", INVISIBLE),
                Arguments.of("Budi \uE000", INVISIBLE),
                Arguments.of("[Terverifikasi](http://evil)", "Nama hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( )"),
                Arguments.of("<script>alert(1)</script>", "Nama hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( )"),
                Arguments.of("${7*7}", "Nama hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( )"),
                Arguments.of("Budi & Ani", "Nama hanya boleh berisi huruf, angka, spasi dan tanda . , ' / - ( )"),
                Arguments.of("Budi\nHarahap", INVISIBLE),
                Arguments.of("Budi\u0000Harahap", INVISIBLE));
    }

    @ParameterizedTest
    @MethodSource("refusedNames")
    void aNameWithAnythingElseIsRefusedWithTheReason(String name, String message) {
        assertThat(TextPolicy.problem("Nama", name, Kind.NAME, 100, false)).contains(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Toko Maju & Jaya", "Waktu: 08.00-17.00; selesai!", "Diskon 10% + ongkir", "Tanya? \"ya\"",
        "info@toko"})
    void freeTextAlsoAllowsOrdinaryPunctuation(String text) {
        assertThat(TextPolicy.problem("Keperluan", text, Kind.FREE_TEXT, 500, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"# Judul", "[tautan](http://evil)", "a < b", "{{7*7}}", "#{7*7}", "`kode`", "Rp 5.000 \u20AC"})
    void freeTextRefusesMarkupAndSymbols(String text) {
        assertThat(TextPolicy.problem("Keperluan", text, Kind.FREE_TEXT, 500, false)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"baris satu\nbaris dua", "baris satu\r\nbaris dua"})
    void lineBreaksOnlyInMultiLineFields(String text) {
        assertThat(TextPolicy.problem("Tempat", text, Kind.FREE_TEXT, 300, true)).isEmpty();
        assertThat(TextPolicy.problem("Tempat", text, Kind.FREE_TEXT, 300, false)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 10_000})
    void tooLongIsRefusedWithTheLimit(int length) {
        assertThat(TextPolicy.problem("Nama", "a".repeat(length), Kind.NAME, 100, false))
                .contains("Nama terlalu panjang (paling banyak 100 karakter).");
    }
}
