package id.layanankecamatan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up check of message templates and how a template is filled, without Spring. */
class MessageTextsTest {

    private static final String FOLDER = "notices/test";

    /** Valid mail texts for every notice; a test replaces one of them. */
    private static Map<String, String> validFiles() {
        Map<String, String> files = new HashMap<>();
        for (Notice notice : Notice.values()) {
            files.put(FOLDER + "/" + notice.templateName() + ".txt", "Subject: Permohonan {number}\n\nYth. {name},\n");
        }
        return files;
    }

    private static MessageTexts<Notice> load(Map<String, String> files) {
        return MessageTexts.load(FOLDER, Notice.class, true, file -> Optional.ofNullable(files.get(file)));
    }

    @Test
    void aTemplateWithAPlaceholderTheNoticeDoesNotOfferStopsTheStartNamingFileAndPlaceholder() {
        Map<String, String> files = validFiles();
        files.put(FOLDER + "/received.txt", "Subject: Permohonan {number} diterima\n\nNIK Anda: {nik}\n");

        assertThatThrownBy(() -> load(files)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("notices/test/received.txt: unknown placeholder {nik}")
                .hasMessageContaining("{trackingCode}");
    }

    @Test
    void aPlaceholderOfAnotherNoticeIsUnknownToo() {
        Map<String, String> files = validFiles();
        files.put(FOLDER + "/closed.txt", "Subject: Permohonan {number} ditutup\n\nCatatan: {note}\n");

        assertThatThrownBy(() -> load(files))
                .hasMessageContaining("notices/test/closed.txt: unknown placeholder {note}");
    }

    @Test
    void aMissingTemplateStopsTheStartNamingTheFile() {
        Map<String, String> files = validFiles();
        files.remove(FOLDER + "/issued.txt");

        assertThatThrownBy(() -> load(files)).hasMessageContaining("notices/test/issued.txt is missing");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        Map<String, String> files = validFiles();
        files.remove(FOLDER + "/issued.txt");
        files.put(FOLDER + "/rejected.txt", "Yth. {name},\n");
        files.put(FOLDER + "/returned.txt", "Subject: {number}\n\nSampai [[{correctionDue}.\n");

        assertThatThrownBy(() -> load(files)).hasMessageContainingAll("issued.txt is missing",
                "rejected.txt: the first line must be 'Subject:", "returned.txt: every '[[' needs its ']]'");
    }

    @Test
    void aMailTemplateNeedsASubjectAndAText() {
        Map<String, String> files = validFiles();
        files.put(FOLDER + "/received.txt", "# only a comment\nSubject: {number}\n\n\n");

        assertThatThrownBy(() -> load(files)).hasMessageContaining("received.txt: the message has no text");
    }

    @Test
    void aChannelWithoutSubjectsRefusesASubjectLine() {
        assertThatThrownBy(() -> MessageTemplate.parse("notices/sms/received.txt", "Subject: x\n\nTeks\n", false))
                .hasMessageContaining("notices/sms/received.txt: messages on this channel have no subject");
        assertThat(MessageTemplate.parse("notices/sms/received.txt", "Teks {number}\n", false).render(
                Map.of("number", "BTN-1"))).isEqualTo(new RenderedMessage(null, "Teks BTN-1"));
    }

    @Test
    void commentsAreLeftOutAndTheTextKeepsItsLineBreaks() {
        MessageTemplate template = MessageTemplate.parse("t.txt", """
                # for the office
                Subject: Permohonan {number}

                Yth. {name},
                # not sent
                baris satu
                baris dua


                """, true);

        assertThat(template.render(Map.of("number", "BTN-1", "name", "Siti")))
                .isEqualTo(new RenderedMessage("Permohonan BTN-1", "Yth. Siti,\nbaris satu\nbaris dua"));
    }

    @Test
    void aPartInDoubleBracketsIsLeftOutWhenOneOfItsPlaceholdersHasNoValue() {
        MessageTemplate template = MessageTemplate.parse("t.txt",
                "Subject: S\n\nTerbit.[[ Periksa di {verificationUrl}.]] Salam.", true);
        Map<String, String> without = new HashMap<>();
        without.put("verificationUrl", null);

        assertThat(template.render(Map.of("verificationUrl", "https://x/v/1")).body())
                .isEqualTo("Terbit. Periksa di https://x/v/1. Salam.");
        assertThat(template.render(without).body()).isEqualTo("Terbit. Salam.");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderOrABracketIsPrintedAsItIs() {
        MessageTemplate template = MessageTemplate.parse("t.txt", "Subject: {number}\n\nYth. {name}, {number}", true);

        assertThat(template.render(Map.of("name", "{number} [[x]] $1 \\", "number", "BTN-1")).body())
                .isEqualTo("Yth. {number} [[x]] $1 \\, BTN-1");
    }

    @Test
    void aPlaceholderOutsideDoubleBracketsWithoutAValueIsADefectNotAMessage() {
        MessageTemplate template = MessageTemplate.parse("notices/mail/x.txt", "Subject: {number}\n\nYth. {name}",
                true);

        assertThatThrownBy(() -> template.render(Map.of("number", "BTN-1"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("notices/mail/x.txt: no value for {name}");
    }

    @Test
    void aValueTheNoticeDoesNotOfferIsRefusedWhenComposing() {
        MessageTexts<Notice> texts = load(validFiles());

        assertThatThrownBy(() -> texts.compose(Notice.CLOSED, Map.of("name", "Siti", "number", "BTN-1", "nmae", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("CLOSED has no placeholder {nmae}");
    }
}
