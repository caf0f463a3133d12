package id.layanankecamatan;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.notify.MailDelivery;
import id.layanankecamatan.support.RealServers;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's first command runs the demo on an embedded H2 database, which the rest of the suite (on
 * PostgreSQL) never touches: every migration must run there too, and one application must go from submission to
 * the signed letter and its mail. A migration written in PostgreSQL-only syntax once stopped the demo from
 * starting at all.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-on-h2;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "spring.datasource.username=sa", "spring.datasource.password="})
@ActiveProfiles({"demo", "test"})
@Import(RealServers.Smtp.class)
class DemoOnH2Test {

    @Autowired
    ApplicationService applications;

    @Autowired
    ApplicationRepository repository;

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    ProcessEngine engine;

    @Autowired
    MailDelivery mailDelivery;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Value("${layanan.mail.outbox-dir}")
    java.nio.file.Path outbox;

    @Test
    void theDemoDatabaseTakesAnApplicationToItsSignedLetter() throws java.io.IOException {
        assertThat(jdbc.sql("SELECT count(*) FROM \"layanan_schema_history\" WHERE NOT \"success\"").query(Integer.class)
                .single()).isZero();

        Receipt receipt = applications.submit(Samples.submission(catalog.get("domisili")));
        String number = receipt.registrationNumber();
        StaffWork.signed(engine, number);

        assertThat(repository.findByRegistrationNumber(number).orElseThrow().status())
                .isEqualTo(ApplicationStatus.ISSUED);
        assertThat(jdbc.sql("SELECT count(*) FROM letter_register WHERE status = 'ISSUED'").query(Integer.class)
                .single()).isEqualTo(1);
        // the outbox's claim (FOR UPDATE SKIP LOCKED) runs on H2 too: the receipt and the letter reach the applicant
        mailDelivery.deliverDue();
        assertThat(mail.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(2);

        // no WhatsApp Cloud API in the demo: what the citizen's phone would get is in the outbox folder, letter too
        java.util.List<java.nio.file.Path> phone;
        try (var files = java.nio.file.Files.list(outbox.resolve("whatsapp"))) {
            phone = files.filter(f -> f.getFileName().toString().contains(number)).toList();
        }
        assertThat(phone).extracting(f -> f.getFileName().toString().replaceFirst("^\\d+-", ""))
                .contains(number + "-received.txt", number + "-issued.txt")
                .anyMatch(name -> name.startsWith(number + "-issued-") && name.endsWith(".pdf"));
        String receivedText = java.nio.file.Files.readString(phone.stream()
                .filter(f -> f.toString().endsWith("-received.txt")).findFirst().orElseThrow());
        assertThat(receivedText).startsWith("Kepada: +62").contains(number).doesNotContain(Samples.NIK);
    }
}
