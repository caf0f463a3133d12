package id.layanankecamatan.notify;

import id.layanankecamatan.application.Application;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells an applicant what happened to their application, on every {@link NoticeChannel} that reaches them. The
 * BPMN delegate only says which {@link Notice}; what the notice says is read once ({@link NoticeFactsReader}) and
 * each channel words and addresses it, so a new channel is one more bean and nothing here or in the delegate
 * changes. Rules that hold for every channel (whether the notice still applies) are kept here.
 */
@Component
public class ApplicantNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicantNotifier.class);

    private final List<NoticeChannel> channels;
    private final NoticeFactsReader facts;

    public ApplicantNotifier(List<NoticeChannel> channels, NoticeFactsReader facts) {
        this.channels = List.copyOf(channels);
        this.facts = facts;
    }

    /** Writes the notice to the outbox of each reaching channel, in the caller's transaction. */
    public void send(Notice notice, Application application) {
        String number = application.registrationNumber();
        if (!notice.appliesTo(application)) {
            LOG.info("{} no longer applies to {}: not sent", notice, number);
            return;
        }
        List<NoticeChannel> reaching = channels.stream().filter(c -> c.reaches(application) && c.chosenBy(application)).toList();
        if (reaching.isEmpty()) {
            // no address or number of the applicant in the log; the tracking page always has the news
            LOG.info("No channel reaches the applicant of {}: {} not sent", number, notice);
            return;
        }
        NoticeFacts told = facts.read(notice, application);
        reaching.forEach(channel -> channel.send(application, told));
    }
}
