package id.layanankecamatan.application;

import id.layanankecamatan.api.ConflictProblem;
import id.layanankecamatan.catalog.ServiceDefinition;

/**
 * A new application for a service the office no longer provides (the law abolished it): 409, with what to do
 * instead. Applications made before the service was closed go on.
 */
public class ServiceClosedException extends ConflictProblem {

    public ServiceClosedException(ServiceDefinition service) {
        super("Layanan tidak menerima permohonan baru", (service.name() + " tidak lagi menerima permohonan baru. "
                + (service.closedNote() == null ? "" : service.closedNote())).strip());
    }
}
