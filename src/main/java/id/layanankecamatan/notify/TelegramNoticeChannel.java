package id.layanankecamatan.notify;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.document.LetterDownload;

/**
 * The applicant's notices on Telegram (issue 14), to the chat bound through the deep link ({@link TelegramLinks}):
 * texts from {@code notices/telegram/}, without a NIK; the letter notice also carries the signed PDF as a document
 * (its caption in the row's subject). Written to the outbox (channel TELEGRAM) in the caller's transaction, sent by
 * {@link TelegramDelivery}. Built only when the bot is configured ({@link TelegramConfiguration}).
 */
class TelegramNoticeChannel implements NoticeChannel {

    static final String TELEGRAM = "TELEGRAM";
    static final String TEMPLATES = "notices/telegram";

    private final MailOutbox outbox;
    private final TelegramLinks links;
    private final OfficeClock clock;
    private final MessageTexts<Notice> texts;

    TelegramNoticeChannel(MailOutbox outbox, TelegramLinks links, OfficeClock clock) {
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.texts = MessageTexts.load(TEMPLATES, Notice.class, false);
    }

    @Override
    public boolean reaches(Application application) {
        return links.chatOf(application.id()).isPresent();
    }

    @Override
    public void send(Application application, NoticeFacts facts) {
        String chat = String.valueOf(links.chatOf(application.id()).orElseThrow());
        String text = NoNik.masked(texts.compose(facts.notice(), facts.values()).body());
        String caption = facts.hasLetter() ? NoNik.masked(facts.values().get("service") + ", nomor surat "
                + facts.values().get("letterNumber")) : null;
        OutgoingMail message = new OutgoingMail(chat, caption, text,
                facts.hasLetter() ? LetterDownload.fileName(facts.letter()) : null,
                facts.hasLetter() ? facts.letter().pdf() : null);
        outbox.add(TELEGRAM, message, new MailOutbox.NoticeRef(application.id(), facts.notice().bpmnName()),
                clock.now());
    }

    /** A reply of the bot to a chat (the answer to /start), not a notice; {@code notice} names the binding, if any. */
    void reply(long chatId, String text, MailOutbox.NoticeRef notice) {
        outbox.add(TELEGRAM, new OutgoingMail(String.valueOf(chatId), null, text, null, null), notice, clock.now());
    }
}
