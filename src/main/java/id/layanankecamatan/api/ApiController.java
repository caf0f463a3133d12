package id.layanankecamatan.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.annotation.RestController;

/**
 * A {@link RestController} of the JSON API under {@code /api/**}: its errors are answered by {@link ApiProblemAdvice}
 * as application/problem+json. Pages (portal, tracking, staff) stay plain controllers and are never touched by it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ApiController {

    /**
     * What a request body must look like, told in Indonesian to a client whose body could not be read; empty for
     * the general advice.
     */
    String expectedBody() default "";
}
