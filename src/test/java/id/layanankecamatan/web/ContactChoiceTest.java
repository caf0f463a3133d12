package id.layanankecamatan.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.PortalClient;
import id.layanankecamatan.support.PortalClient.Part;
import id.layanankecamatan.support.Samples;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: the citizen chooses on the form how the office tells them the news ("Kirim kabar dan surat lewat"),
 * both boxes ticked at first, a box without its address left out, none ticked refused.
 */
class ContactChoiceTest extends IntegrationTest {

    private static final String FORM = "/layanan/domisili/ajukan";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormOffersBothChannelsTicked() throws Exception {
        String page = new PortalClient(baseUrl()).load(FORM).page().body();

        assertThat(page).contains("Kirim kabar dan surat lewat");
        assertThat(page).containsPattern("type=\"checkbox\" name=\"notifyBy\" value=\"WHATSAPP\" checked");
        assertThat(page).containsPattern("type=\"checkbox\" name=\"notifyBy\" value=\"EMAIL\" checked");
    }

    @Test
    void aCitizenWithBothAddressesMayChooseWhatsAppOnly() throws Exception {
        HttpResponse<String> sent = new PortalClient(baseUrl()).submit(FORM, FORM,
                application("Siti Pilih WhatsApp", "081234567890", List.of(Part.text("notifyBy", "WHATSAPP"))));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(chosen("Siti Pilih WhatsApp")).contains("\"notifyBy\":[\"WHATSAPP\"]");
    }

    @Test
    void aTickedBoxWithoutItsAddressIsLeftOut() throws Exception {
        // only a mobile number, the boxes as the page ticks them
        HttpResponse<String> sent = new PortalClient(baseUrl()).submit(FORM, FORM,
                application("Siti Hanya HP", "081234567890", List.of()).stream()
                        .filter(p -> !p.name().equals("email")).toList());

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(chosen("Siti Hanya HP")).contains("\"notifyBy\":[\"WHATSAPP\"]");
    }

    @Test
    void noBoxTickedIsRefusedAndNothingIsStored() throws Exception {
        // the browser sends only the marker field when every box is unticked
        HttpResponse<String> sent = new PortalClient(baseUrl()).submit(FORM, FORM,
                application("Siti Tanpa Pilihan", "081234567890", List.of(Part.text("notifyBy", ""))));

        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(sent.body()).contains("Pilih paling sedikit satu cara menerima kabar.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE applicant_name = 'Siti Tanpa Pilihan'")
                .query(Long.class).single()).isZero();
    }

    private String chosen(String name) {
        return jdbc.sql("SELECT data_json FROM application WHERE applicant_name = ?").param(name)
                .query(String.class).single().replace(" ", "");
    }

    private static List<Part> application(String name, String phone, List<Part> choice) {
        ApplicantData a = Samples.applicant();
        List<Part> parts = new ArrayList<>(List.of(Part.text("nik", a.nik()), Part.text("name", name),
                Part.text("address", a.address()), Part.text("rt", a.rt()), Part.text("rw", a.rw()),
                Part.text("village", a.village()), Part.text("purpose", a.purpose()), Part.text("email", a.email()),
                Part.text("phone", phone), Part.text("domicileSince", "2019-07-01"),
                Part.file("ktp", "ktp.pdf", Samples.pdf("ktp")), Part.file("kk", "kk.pdf", Samples.pdf("kk")),
                Part.file("pengantar_rt_rw", "rt.pdf", Samples.pdf("pengantar"))));
        parts.addAll(choice);
        return parts;
    }
}
