package id.layanankecamatan.application;

/** The application exists but is not in a state that allows the request (e.g. correcting when not returned). */
public class ApplicationStateException extends RuntimeException {

    public ApplicationStateException(String indonesianMessage) {
        super(indonesianMessage);
    }
}
