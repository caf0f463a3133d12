package id.layanankecamatan.api;

import org.springframework.http.HttpStatus;

/** 403: the signed-in user may not do this; the detail says who may. */
public class ForbiddenProblem extends ApiProblem {

    public ForbiddenProblem(String title, String detail) {
        super(HttpStatus.FORBIDDEN, title, detail);
    }
}
