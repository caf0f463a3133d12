package id.layanankecamatan.application;

import id.layanankecamatan.api.ConflictProblem;

/** The application exists but is not in a state that allows the request (e.g. correcting when not returned). */
public class ApplicationStateException extends ConflictProblem {

    public ApplicationStateException(String indonesianMessage) {
        super("Tidak dapat diproses", indonesianMessage);
    }
}
