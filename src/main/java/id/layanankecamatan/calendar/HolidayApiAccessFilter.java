package id.layanankecamatan.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.layanankecamatan.security.CamundaUsers;
import id.layanankecamatan.security.StaffGroups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards /api/v1/holidays: every member of staff may read the table, only administrators (camunda-admin) may
 * change it. Answers like the rest of the API, as problem+json in Indonesian.
 */
class HolidayApiAccessFilter extends OncePerRequestFilter {

    static final String USER = "holidayApiUser";

    private final CamundaUsers users;
    private final ObjectMapper json;

    HolidayApiAccessFilter(CamundaUsers users, ObjectMapper json) {
        this.users = users;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = users.authenticatedUser(request);
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Layanan Kecamatan staff\", charset=\"UTF-8\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Belum masuk",
                    "Masuk dengan akun petugas (HTTP Basic atau sesi Camunda) terlebih dahulu.");
            return;
        }
        boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        Set<String> allowed = reading ? StaffGroups.STAFF : Set.of(StaffGroups.ADMIN);
        if (!users.isMemberOfAny(user.get(), allowed)) {
            problem(response, HttpServletResponse.SC_FORBIDDEN, "Tidak diizinkan", reading
                    ? "Daftar hari libur hanya untuk petugas kecamatan."
                    : "Hanya administrator (grup camunda-admin) yang dapat mengubah hari libur.");
            return;
        }
        request.setAttribute(USER, user.get());
        chain.doFilter(request, response);
    }

    private void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
