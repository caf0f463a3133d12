package id.layanankecamatan.api;

import org.springframework.http.HttpStatus;

/** 404: what was asked for does not exist (or must look so to the asker). */
public class NotFoundProblem extends ApiProblem {

    public NotFoundProblem(String title, String detail) {
        super(HttpStatus.NOT_FOUND, title, detail);
    }
}
