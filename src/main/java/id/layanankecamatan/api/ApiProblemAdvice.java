package id.layanankecamatan.api;

import id.layanankecamatan.application.MultipartUploads;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every error of the JSON API ({@link ApiController}s) as application/problem+json with an Indonesian title and
 * detail: our refusals ({@link ApiProblem}) as they describe themselves, Spring's and Tomcat's request errors with
 * a word on what to send, anything else as a logged 500 that never shows a stack trace's shape.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemAdvice.class);
    private static final String INVALID_APPLICATION = "Data permohonan belum benar";
    private static final String UNREADABLE = "Permintaan tidak dapat dibaca";
    private static final String SEND_JSON = "Kirim isi permintaan sebagai JSON yang sah (lihat dokumentasi API).";

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail refused(ApiProblem problem) {
        return problem.getBody();
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ProblemDetail missingPart(Exception e) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return new InvalidInputProblem(INVALID_APPLICATION, "Bagian '" + name + "' wajib dikirim.",
                List.of(new FieldProblem(name, "Wajib diisi."))).getBody();
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        if (MultipartUploads.tooManyParts(e)) {
            return filesProblem(MultipartUploads.tooManyMessage());
        }
        if (MultipartUploads.badFileName(e)) {
            return filesProblem(MultipartUploads.BAD_FILE_NAME);
        }
        return ApiProblem.body(HttpStatus.BAD_REQUEST, UNREADABLE,
                "Kirim permohonan sebagai multipart/form-data dengan foto paling besar 10 MB dan PDF paling besar"
                        + " 2 MB.");
    }

    /** Tomcat may refuse a file name with a NUL while parameters are read, before Spring wraps the failure. */
    @ExceptionHandler(InvalidFileNameException.class)
    ProblemDetail badFileName(InvalidFileNameException e) {
        return filesProblem(MultipartUploads.BAD_FILE_NAME);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HandlerMethod handler) {
        return ApiProblem.body(HttpStatus.BAD_REQUEST, UNREADABLE, expectedBody(handler));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail notJson(HttpMediaTypeNotSupportedException e, HandlerMethod handler) {
        return ApiProblem.body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNREADABLE, expectedBody(handler));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        boolean number = type != null && (Number.class.isAssignableFrom(type)
                || type == int.class || type == long.class);
        return ApiProblem.body(HttpStatus.BAD_REQUEST, UNREADABLE,
                "Nilai '" + e.getName() + "' " + (number ? "harus berupa angka." : "tidak sah."));
    }

    /**
     * Anything else still answers as problem+json in Indonesian, never with a stack trace's shape: Spring's own
     * request errors keep their status, the rest is logged for the operator and answered 500.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return ApiProblem.body(HttpStatus.valueOf(known.getStatusCode().value()), "Permintaan tidak dapat diproses",
                    "Periksa alamat, metode dan jenis isi permintaan (lihat dokumentasi API).");
        }
        // the URI names at most a registration number; the tracking code travels in a header, never logged
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ApiProblem.body(HttpStatus.INTERNAL_SERVER_ERROR, "Terjadi kesalahan",
                "Permintaan Anda tidak dapat diproses saat ini dan tidak mengubah apa pun. Coba lagi beberapa saat "
                        + "lagi; bila terus berulang, hubungi kantor kecamatan.");
    }

    private static ProblemDetail filesProblem(String message) {
        return new InvalidInputProblem(INVALID_APPLICATION, message, List.of(new FieldProblem("files", message)))
                .getBody();
    }

    /** The controller's own word on its body ({@link ApiController#expectedBody()}), else the general one. */
    private static String expectedBody(HandlerMethod handler) {
        ApiController api = handler == null ? null
                : AnnotationUtils.findAnnotation(handler.getBeanType(), ApiController.class);
        return api == null || api.expectedBody().isBlank() ? SEND_JSON : api.expectedBody();
    }
}
