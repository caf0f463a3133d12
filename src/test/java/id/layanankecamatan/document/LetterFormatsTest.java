package id.layanankecamatan.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.calendar.OfficeClock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Numbers, money, times and RT/RW as an Indonesian letter writes them (EYD, tata naskah dinas). */
class LetterFormatsTest {

    private final LetterFormats wib = new LetterFormats(new OfficeClock(ZoneId.of("Asia/Jakarta")));

    @Test
    void rupiahHasNoSpaceAndDotsForThousands() {
        assertThat(wib.apply("rupiah", "1500000")).isEqualTo("Rp1.500.000");
        assertThat(wib.apply("rupiah", "900")).isEqualTo("Rp900");
        assertThat(wib.apply("angka", "15000000")).isEqualTo("15.000.000");
        // not a number: printed as entered rather than guessed at
        assertThat(wib.apply("rupiah", "sekitar satu juta")).isEqualTo("sekitar satu juta");
    }

    @Test
    void aNumberInALegalSentenceIsFollowedByItsWords() {
        assertThat(wib.apply("terbilang", "10")).isEqualTo("10 (sepuluh)");
        assertThat(wib.apply("terbilang", "4")).isEqualTo("4 (empat)");
        assertThat(LetterFormats.words(11)).isEqualTo("sebelas");
        assertThat(LetterFormats.words(14)).isEqualTo("empat belas");
        assertThat(LetterFormats.words(21)).isEqualTo("dua puluh satu");
        assertThat(LetterFormats.words(100)).isEqualTo("seratus");
        assertThat(LetterFormats.words(115)).isEqualTo("seratus lima belas");
        assertThat(LetterFormats.words(1000)).isEqualTo("seribu");
        assertThat(LetterFormats.words(1500)).isEqualTo("seribu lima ratus");
        assertThat(LetterFormats.words(2026)).isEqualTo("dua ribu dua puluh enam");
        assertThat(LetterFormats.words(1_000_000)).isEqualTo("satu juta");
        assertThat(LetterFormats.words(1_500_000)).isEqualTo("satu juta lima ratus ribu");
        assertThat(LetterFormats.words(0)).isEqualTo("nol");
        assertThat(wib.apply("terbilang", "1500000")).isEqualTo("1.500.000 (satu juta lima ratus ribu)");
    }

    @Test
    void timesAreWrittenWithADotAndTheOfficesZone() {
        assertThat(wib.apply("pukul", "16:00")).isEqualTo("pukul 16.00 WIB");
        assertThat(wib.apply("pukul", "9.00-17.00")).isEqualTo("pukul 09.00–17.00 WIB");
        assertThat(wib.apply("pukul", "09.00-17.00 WIB")).isEqualTo("pukul 09.00–17.00 WIB");
        assertThat(wib.apply("pukul", "pukul 08:00 s.d. 12:00")).isEqualTo("pukul 08.00–12.00 WIB");
        assertThat(new LetterFormats(new OfficeClock(ZoneId.of("Asia/Makassar"))).apply("pukul", "14:05"))
                .isEqualTo("pukul 14.05 WITA");
        assertThat(wib.apply("pukul", "pagi sampai sore")).isEqualTo("pagi sampai sore");
    }

    @Test
    void rtAndRwAreWrittenAsOnTheKtp() {
        assertThat(LetterFormats.rtRw("1", "2")).isEqualTo("RT 001/RW 002");
        assertThat(LetterFormats.rtRw("003", "012")).isEqualTo("RT 003/RW 012");
    }

    @Test
    void anUnknownFormatLeavesTheValueAlone() {
        assertThat(wib.apply("dollar", "5")).isEqualTo("5");
    }
}
