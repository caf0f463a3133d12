package id.layanankecamatan.application;

import id.layanankecamatan.catalog.ServiceCatalogController;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Errors of the citizen API as application/problem+json (RFC 9457) with an Indonesian detail. */
@RestControllerAdvice(assignableTypes = {ApplicationApiController.class, ServiceCatalogController.class})
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidApplicationException.class)
    ProblemDetail invalid(InvalidApplicationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Data permohonan belum benar",
                "Periksa kembali isian yang ditandai.");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    /** Names nothing of the earlier request: no number, no code, not even whether it still runs. */
    @ExceptionHandler(IdempotencyConflictException.class)
    ProblemDetail keyReused(IdempotencyConflictException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Kunci idempotensi sudah dipakai",
                "Idempotency-Key ini sudah dipakai untuk permintaan lain dalam 24 jam terakhir. Gunakan kunci baru "
                        + "untuk setiap permohonan yang berbeda; kirim ulang kunci yang sama hanya untuk permintaan "
                        + "yang persis sama.");
    }

    @ExceptionHandler(ApplicationNotFoundException.class)
    ProblemDetail notFound(ApplicationNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Tidak ditemukan", e.getMessage());
    }

    @ExceptionHandler(ApplicationStateException.class)
    ProblemDetail conflict(ApplicationStateException e) {
        return problem(HttpStatus.CONFLICT, "Tidak dapat diproses", e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ProblemDetail missingPart(Exception e) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Data permohonan belum benar",
                "Bagian '" + name + "' wajib dikirim.");
        problem.setProperty("errors", java.util.List.of(new FieldProblem(name, "Wajib diisi.")));
        return problem;
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        if (MultipartUploads.tooManyParts(e)) {
            return filesProblem(MultipartUploads.tooManyMessage());
        }
        if (MultipartUploads.badFileName(e)) {
            return filesProblem(MultipartUploads.BAD_FILE_NAME);
        }
        return problem(HttpStatus.BAD_REQUEST, "Permintaan tidak dapat dibaca",
                "Kirim permohonan sebagai multipart/form-data dengan berkas paling besar 2 MB.");
    }

    /** Tomcat may refuse a file name with a NUL while parameters are read, before Spring wraps the failure. */
    @ExceptionHandler(InvalidFileNameException.class)
    ProblemDetail badFileName(InvalidFileNameException e) {
        return filesProblem(MultipartUploads.BAD_FILE_NAME);
    }

    /**
     * Anything else still answers as problem+json in Indonesian, never with a stack trace's shape: Spring's own
     * request errors keep their status, the rest is logged for the operator and answered 500.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return problem(HttpStatus.valueOf(known.getStatusCode().value()), "Permintaan tidak dapat diproses",
                    "Periksa alamat, metode dan jenis isi permintaan (lihat dokumentasi API).");
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Terjadi kesalahan",
                "Permintaan Anda tidak dapat diproses saat ini dan tidak mengubah apa pun. Coba lagi beberapa saat "
                        + "lagi; bila terus berulang, hubungi kantor kecamatan.");
    }

    private static ProblemDetail filesProblem(String message) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Data permohonan belum benar", message);
        problem.setProperty("errors", java.util.List.of(new FieldProblem("files", message)));
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
