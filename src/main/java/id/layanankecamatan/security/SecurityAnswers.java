package id.layanankecamatan.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * How a refused request is answered, in Indonesian: problem+json for API clients, a short page for browsers.
 * Browsers never get a Basic challenge, so they never cache staff credentials (no logout exists for those);
 * staff log in through Tasklist instead.
 */
@Component
public class SecurityAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String LOGIN_FIRST = "Masuk dengan akun petugas (HTTP Basic atau sesi Camunda) terlebih dahulu.";
    static final String STAFF_ONLY = "Hanya untuk petugas kecamatan.";
    /** The calendar's tables (holidays, Ramadan schedules): also said by its staff page. */
    public static final String HOLIDAY_ADMIN_ONLY =
            "Hanya administrator (grup camunda-admin) yang dapat mengubah hari libur dan jadwal Ramadan.";
    static final String STALE_FORM = "Formulir sudah kedaluwarsa atau dikirim dari situs lain. "
            + "Muat ulang halaman, lalu kirim kembali.";

    private final ObjectMapper json;

    public SecurityAnswers(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!isBrowser(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Layanan Kecamatan\", charset=\"UTF-8\"");
        }
        answer(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Belum masuk", LOGIN_FIRST);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String detail = e instanceof CsrfException ? STALE_FORM
                : request.getRequestURI().startsWith("/api/v1/holidays") ? HOLIDAY_ADMIN_ONLY
                : STAFF_ONLY;
        answer(request, response, HttpServletResponse.SC_FORBIDDEN, "Tidak diizinkan", detail);
    }

    void answer(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (isBrowser(request) && !isApi(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write(page(title, detail, status == HttpServletResponse.SC_UNAUTHORIZED));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    private static String page(String title, String detail, boolean loginLink) {
        String link = loginLink ? "<p><a href=\"/camunda/app/tasklist/\">Masuk lewat Tasklist</a></p>" : "";
        return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + HtmlUtils.htmlEscape(title) + "</title><link rel=\"stylesheet\" href=\"/portal.css\"></head>"
                + "<body><main><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p class=\"error\">"
                + HtmlUtils.htmlEscape(detail) + "</p>" + link + "</main></body></html>";
    }

    static boolean isBrowser(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/") || path.startsWith("/engine-rest/");
    }
}
