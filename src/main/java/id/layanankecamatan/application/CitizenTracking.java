package id.layanankecamatan.application;

import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.document.Letter;
import id.layanankecamatan.document.LetterRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The citizen's view of their application: status, timeline, what the office asked for, the letter. */
@Service
public class CitizenTracking {

    private final ApplicationRepository applications;
    private final LetterRepository letters;
    private final ServiceCatalog catalog;
    private final OfficeClock clock;

    public CitizenTracking(ApplicationRepository applications, LetterRepository letters, ServiceCatalog catalog,
    OfficeClock clock) {
        this.applications = applications;
        this.letters = letters;
        this.catalog = catalog;
        this.clock = clock;
    }

    public ApplicationView view(Application application) {
        List<ApplicationEvent> history = applications.events(application.id());
        Optional<Letter> letter = letters.findByApplicationId(application.id());
        String correctionNote = application.status() == ApplicationStatus.RETURNED
                ? history.get(history.size() - 1).note() : null;
        Timeliness timeliness = Timeliness.of(application, letter.map(Letter::issuedAt).orElse(null), clock.now());
        return new ApplicationView(application.registrationNumber(), application.serviceCode(),
                catalog.get(application.serviceCode()).name(), application.status(), application.status().label(),
                application.submittedAt(), application.dueAt(), timeliness,
                timeliness == null ? null : timeliness.label(), correctionNote, application.correctionDue(), letter.isPresent(),
                letter.map(Letter::number).orElse(null), application.details(),
                history.stream().map(e -> new ApplicationEvent(e.status(), e.note(), null, e.occurredAt())).toList());
    }

    public Optional<Letter> letter(Application application) {
        return letters.findByApplicationId(application.id());
    }
}
