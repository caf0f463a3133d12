package id.layanankecamatan.api;

import org.springframework.http.HttpStatus;

/** 422: each part of the request is valid, but together they cannot be processed (e.g. a reused idempotency key). */
public class UnprocessableProblem extends ApiProblem {

    public UnprocessableProblem(String title, String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, title, detail);
    }
}
