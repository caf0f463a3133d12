package id.layanankecamatan.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * A refusal with an Indonesian title and detail (the exception's message): services throw one of its kinds, the
 * JSON API answers it as application/problem+json (RFC 9457), pages catch it and show the message. As an
 * {@link ErrorResponse} it keeps its status even when it escapes a page controller (Spring then answers with it
 * instead of 500).
 */
public abstract class ApiProblem extends RuntimeException implements ErrorResponse {

    private final HttpStatus status;
    private final String title;

    protected ApiProblem(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public String title() {
        return title;
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return status;
    }

    /** A new body on every call: the request path is added to it as instance when answered. */
    @Override
    public ProblemDetail getBody() {
        return body(status, title, getMessage());
    }

    /** The one shape of every error body of the API. */
    public static ProblemDetail body(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
