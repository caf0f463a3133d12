package id.layanankecamatan.calendar;

import static id.layanankecamatan.application.ApiExceptionHandler.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the holiday API as application/problem+json with an Indonesian detail, like the citizen API. */
@RestControllerAdvice(assignableTypes = HolidayApiController.class)
class HolidayApiExceptionHandler {

    private static final String SEND_JSON =
            "Kirim data hari libur sebagai JSON: {\"date\", \"name\", \"kind\", \"decree\"}.";

    @ExceptionHandler(InvalidHolidayException.class)
    ProblemDetail invalid(InvalidHolidayException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Data hari libur belum benar",
                "Periksa kembali isian yang ditandai.");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(HolidayNotFoundException.class)
    ProblemDetail notFound(HolidayNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Tidak ditemukan", e.getMessage());
    }

    @ExceptionHandler(HolidayConflictException.class)
    ProblemDetail conflict(HolidayConflictException e) {
        return problem(HttpStatus.CONFLICT, "Tanggal sudah terpakai", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "Permintaan tidak dapat dibaca", SEND_JSON);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail notJson(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Permintaan tidak dapat dibaca", SEND_JSON);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Permintaan tidak dapat dibaca",
                "Nilai '" + e.getName() + "' harus berupa angka.");
    }
}
