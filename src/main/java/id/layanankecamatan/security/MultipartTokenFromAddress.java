package id.layanankecamatan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Upload forms carry their CSRF token in their address (templates apply.html, correction.html), and the token of a
 * multipart request is read only from there: looking into the body would make the container parse every upload
 * inside the security filter, where a too-large file or a bad file name ends as a bare error instead of the
 * Indonesian answer the controllers give.
 */
class MultipartTokenFromAddress implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        standard.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return standard.resolveCsrfTokenValue(multipart ? new AddressParametersOnly(request) : request, token);
    }

    private static final class AddressParametersOnly extends HttpServletRequestWrapper {

        AddressParametersOnly(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String query = getQueryString();
            if (query == null) {
                return null;
            }
            String value = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(name);
            return value == null ? null : UriUtils.decode(value, StandardCharsets.UTF_8);
        }
    }
}
