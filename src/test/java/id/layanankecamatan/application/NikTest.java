package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("fast")
class NikTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "1277031505900001", // man born 15-05-1990
        "1277035505900001", // woman born 15-05-1990 (day + 40)
        "1277037112990002", // woman born 31-12-1999
        "3201012902000003", // 29 February 2000
        "1277030101050001",
    })
    void acceptsPlausibleNumbers(String nik) {
        assertThat(Nik.problem(nik)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "'', NIK wajib diisi.",
        "127703150590001, NIK harus terdiri dari 16 angka.",
        "12770315059000011, NIK harus terdiri dari 16 angka.",
        "12770315059000A1, NIK harus terdiri dari 16 angka.",
        "0077031505900001, Kode wilayah pada NIK tidak valid.",
        "1200031505900001, Kode wilayah pada NIK tidak valid.",
        "1277030005900001, Tanggal lahir pada NIK (digit ke-7 sampai ke-12) tidak valid.",
        "1277033205900001, Tanggal lahir pada NIK (digit ke-7 sampai ke-12) tidak valid.",
        "1277037205900001, Tanggal lahir pada NIK (digit ke-7 sampai ke-12) tidak valid.",
        "1277031513900001, Tanggal lahir pada NIK (digit ke-7 sampai ke-12) tidak valid.",
        "1277033002900001, Tanggal lahir pada NIK (digit ke-7 sampai ke-12) tidak valid.",
        "1277031505900000, Nomor urut pada NIK tidak boleh 0000.",
    })
    void rejectsImplausibleNumbersWithAReason(String nik, String message) {
        assertThat(Nik.problem(nik)).contains(message);
    }

    @Test
    void twentyNinthOfFebruaryNeedsALeapYearInOneOfTheCenturies() {
        assertThat(Nik.problem("1277032902010001")).isPresent(); // 1901 and 2001 are not leap years
        assertThat(Nik.problem("1277036902960001")).isEmpty(); // woman, 29-02-1996
    }

    @ParameterizedTest
    @CsvSource({
        // the century is the latest that puts the birth on or before the day asked about
        "1277031505900001, 2027-03-01, 1990-05-15, false",
        "1277035506100002, 2027-03-01, 2010-06-15, true",
        "1277030103080004, 2027-03-01, 2008-03-01, false",
        "1277030103300004, 2027-03-01, 1930-03-01, false",
        "3201016902000003, 2027-03-01, 2000-02-29, true",
    })
    void tellsTheBirthDateAndSex(String nik, String onOrBefore, String birth, boolean woman) {
        assertThat(Nik.birthDate(nik, LocalDate.parse(onOrBefore))).isEqualTo(LocalDate.parse(birth));
        assertThat(Nik.isWoman(nik)).isEqualTo(woman);
    }

    @Test
    void theFirstSixDigitsAreTheKecamatanThatIssuedIt() {
        assertThat(Nik.regionCode("1277035505900001")).isEqualTo("127703");
    }
}
