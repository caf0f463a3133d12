package id.layanankecamatan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class MarkdownTextTest {

    @Test
    void everyCommonMarkPunctuationIsEscaped() {
        assertThat(MarkdownText.escape("[Terverifikasi](http://evil)"))
                .isEqualTo("\\[Terverifikasi\\]\\(http\\:\\/\\/evil\\)");
        assertThat(MarkdownText.escape("**tebal** _miring_ `kode` # judul > kutip ! | ~ + - = ^ $ % & ' \" ; , ? @ { }"))
                .isEqualTo("\\*\\*tebal\\*\\* \\_miring\\_ \\`kode\\` \\# judul \\> kutip \\! \\| \\~ \\+ \\- \\= \\^ \\$ \\% "
                        + "\\& \\' \\\" \\; \\, \\? \\@ \\{ \\}");
        assertThat(MarkdownText.escape("C:\\data")).isEqualTo("C\\:\\\\data");
    }

    @Test
    void htmlAndBareLinksAreNeutralised() {
        assertThat(MarkdownText.escape("<a href=x>klik</a>")).isEqualTo("\\<a href\\=x\\>klik\\<\\/a\\>");
        // GFM turns www.… and e-mail addresses into links by themselves; the escaped dots and @ stop it
        assertThat(MarkdownText.escape("www.evil.example/masuk")).isEqualTo("www\\.evil\\.example\\/masuk");
        assertThat(MarkdownText.escape("a@b.co")).isEqualTo("a\\@b\\.co");
    }

    @Test
    void aValueStaysOnItsLine() {
        // a line break would start a new Markdown block (heading, list, code) below the value
        assertThat(MarkdownText.escape("satu\n\n# dua\r\n    tiga")).isEqualTo("satu \\# dua tiga");
        assertThat(MarkdownText.escape(null)).isEmpty();
        assertThat(MarkdownText.escape("Jl. Merdeka 5")).isEqualTo("Jl\\. Merdeka 5");
    }
}
