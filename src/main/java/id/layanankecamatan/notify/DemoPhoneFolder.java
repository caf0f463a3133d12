package id.layanankecamatan.notify;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.document.LetterDownload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The demo's stand-in for WhatsApp when no Cloud API is configured: what a citizen who chose WhatsApp would get is
 * written to {@code <outbox-dir>/whatsapp/} (the text as a file, the letter beside it), as mails without an SMTP
 * server are written to the outbox folder. A file is written only once the step's transaction commits, so a step
 * that rolls back leaves nothing there. Built only in the demo profile ({@link DemoPhoneFolderConfiguration}).
 */
class DemoPhoneFolder implements NoticeChannel {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPhoneFolder.class);

    private final Path folder;
    private final MessageTexts<Notice> texts;

    DemoPhoneFolder(Path outbox) {
        this.folder = outbox.resolve("whatsapp");
        // the plain texts the Telegram channel sends: a WhatsApp template says the same in the words Meta approved
        this.texts = MessageTexts.load(TelegramNoticeChannel.TEMPLATES, Notice.class, false);
        LOG.info("No WhatsApp Cloud API configured: WhatsApp messages are written to {}", folder.toAbsolutePath());
    }

    @Override
    public boolean reaches(Application application) {
        return PhoneNumbers.e164(application.applicant().phone()) != null;
    }

    @Override
    public boolean chosenBy(Application application) {
        return application.applicant().wants(ApplicantData.WHATSAPP);
    }

    @Override
    public void send(Application application, NoticeFacts facts) {
        String name = System.currentTimeMillis() + "-" + application.registrationNumber() + "-"
                + facts.notice().bpmnName();
        String text = "Kepada: +" + PhoneNumbers.e164(application.applicant().phone()) + "\n\n"
                + NoNik.masked(texts.compose(facts.notice(), facts.values()).body());
        byte[] letter = facts.hasLetter() ? facts.letter().pdf() : null;
        String letterName = facts.hasLetter() ? name + "-" + LetterDownload.fileName(facts.letter()) : null;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                write(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
                if (letter != null) {
                    write(letterName, letter);
                }
            }
        });
    }

    private void write(String file, byte[] content) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(file), content);
        } catch (IOException e) {
            // after the commit nothing can be undone, and the demo's folder is no delivery: the tracking page has the
            // news all the same, so the step is not failed for it
            LOG.warn("Demo WhatsApp message not written: {}", e.getClass().getSimpleName());
        }
    }
}
