package id.layanankecamatan.notify;

import id.layanankecamatan.application.Application;

/**
 * One way of reaching an applicant: mail today; WhatsApp, Telegram and SMS (issue 14) are further beans of this
 * type, picked up by {@link ApplicantNotifier} without a change to it or to the BPMN delegate. A channel owns its
 * texts (its own templates under {@code notices/<channel>/}, or the provider's approved templates filled from
 * {@link NoticeFacts#values()}), its recipient address and what it can carry (an attachment or only a link).
 */
public interface NoticeChannel {

    /** Whether the applicant gave what this channel needs: an e-mail address, a mobile number, a bound chat. */
    boolean reaches(Application application);

    /**
     * Whether the applicant chose this channel. A channel picked on the form (mail, WhatsApp) asks
     * {@link id.layanankecamatan.application.ApplicantData#wants}; one the citizen binds themselves needs no more.
     */
    default boolean chosenBy(Application application) {
        return true;
    }

    /**
     * Hands the notice over for delivery by writing it to the outbox ({@code outbox_message}) in the caller's
     * transaction, never by calling a provider here: a step that rolls back then sends nothing, and its retry
     * does not send twice.
     */
    void send(Application application, NoticeFacts facts);
}
