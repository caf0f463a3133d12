package id.layanankecamatan.web;

import id.layanankecamatan.application.MultipartUploads;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Upload failures of the portal forms as a readable page. Limited to the portal controllers: the JSON API
 * answers its own errors as problem+json (id.layanankecamatan.api.ApiProblemAdvice).
 */
@ControllerAdvice(assignableTypes = {PortalController.class, TrackingController.class,
    id.layanankecamatan.verification.VerificationController.class})
public class PortalExceptionHandler {

    @ExceptionHandler(MultipartException.class)
    ModelAndView uploadFailed(MultipartException e, HttpServletRequest request) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        ModelAndView page = new ModelAndView("upload-error");
        page.setStatus(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST);
        page.addObject("tooLarge", tooLarge);
        page.addObject("reason", MultipartUploads.tooManyParts(e) ? MultipartUploads.tooManyMessage()
                : MultipartUploads.badFileName(e) ? MultipartUploads.BAD_FILE_NAME : null);
        // the same address shows the form again with GET
        page.addObject("back", request.getRequestURI());
        return page;
    }

    /** Tomcat may refuse a file name with a NUL while the form is bound, before Spring wraps the failure. */
    @ExceptionHandler(InvalidFileNameException.class)
    ModelAndView badFileName(InvalidFileNameException e, HttpServletRequest request) {
        return uploadFailed(new MultipartException(e.getMessage(), e), request);
    }
}
