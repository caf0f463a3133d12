package id.layanankecamatan.complaint;

import id.layanankecamatan.calendar.OfficeClock;
import org.springframework.stereotype.Service;

/** Builds the complainant's view from the complaint and its public timeline entries. */
@Service
public class ComplaintTracking {

    private final ComplaintTimeline timeline;
    private final OfficeClock clock;

    public ComplaintTracking(ComplaintTimeline timeline, OfficeClock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    public ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, timeline.of(complaint.id(), true), clock.now());
    }
}
