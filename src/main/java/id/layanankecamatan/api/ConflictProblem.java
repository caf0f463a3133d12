package id.layanankecamatan.api;

import org.springframework.http.HttpStatus;

/** 409: the request is well formed, but the current state does not allow it (already done, no longer possible). */
public class ConflictProblem extends ApiProblem {

    public ConflictProblem(String title, String detail) {
        super(HttpStatus.CONFLICT, title, detail);
    }
}
