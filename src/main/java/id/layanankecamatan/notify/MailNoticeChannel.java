package id.layanankecamatan.notify;

import id.layanankecamatan.application.ApplicantData;
import id.layanankecamatan.application.Application;
import id.layanankecamatan.document.LetterDownload;
import org.springframework.stereotype.Component;

/** The applicant's notices by mail, texts from {@code notices/mail/}; the signed letter goes as a PDF attachment. */
@Component
class MailNoticeChannel implements NoticeChannel {

    static final String TEMPLATES = "notices/mail";

    private final Mailer mailer;
    private final MessageTexts<Notice> texts;

    MailNoticeChannel(Mailer mailer) {
        this.mailer = mailer;
        this.texts = MessageTexts.load(TEMPLATES, Notice.class, true);
    }

    @Override
    public boolean chosenBy(Application application) {
        return application.applicant().wants(ApplicantData.EMAIL);
    }

    @Override
    public boolean reaches(Application application) {
        return application.applicant().email() != null;
    }

    @Override
    public void send(Application application, NoticeFacts facts) {
        RenderedMessage message = texts.compose(facts.notice(), facts.values());
        mailer.send(new OutgoingMail(application.applicant().email(), message.subject(), message.body(),
                facts.hasLetter() ? LetterDownload.fileName(facts.letter()) : null,
                facts.hasLetter() ? facts.letter().pdf() : null),
                new MailOutbox.NoticeRef(application.id(), facts.notice().bpmnName()));
    }
}
