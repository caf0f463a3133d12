package id.layanankecamatan.support;

import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.ApplicationStatus;
import id.layanankecamatan.application.Receipt;
import id.layanankecamatan.catalog.ServiceCatalog;
import java.time.OffsetDateTime;

/**
 * Applications that have reached their end (issued or rejected) without walking the process: submitted as a citizen
 * does, then given the status and timeline event the process would record, at a chosen moment. For what follows an
 * application's end (the satisfaction survey), not for the process itself.
 */
public class FinishedApplications {

    private final ApplicationService applications;
    private final ApplicationRepository repository;
    private final ServiceCatalog catalog;

    public FinishedApplications(ApplicationService applications, ApplicationRepository repository,
                                ServiceCatalog catalog) {
        this.applications = applications;
        this.repository = repository;
        this.catalog = catalog;
    }

    /** A Surat Keterangan Domisili finished as {@code end} at {@code at}. */
    public Receipt finished(ApplicationStatus end, OffsetDateTime at) {
        return finished("domisili", end, at);
    }

    /** An application for the service {@code serviceCode} finished as {@code end} at {@code at}. */
    public Receipt finished(String serviceCode, ApplicationStatus end, OffsetDateTime at) {
        Receipt receipt = applications.submit(Samples.submission(catalog.get(serviceCode)));
        long id = repository.findByRegistrationNumber(receipt.registrationNumber()).orElseThrow().id();
        repository.updateStatus(id, end, at);
        repository.addEvent(id, end, "Selesai (uji).", "uji", at);
        return receipt;
    }

    public Receipt submitted() {
        return applications.submit(Samples.submission(catalog.get("domisili")));
    }
}
