package id.layanankecamatan.staff;

import id.layanankecamatan.security.CamundaUsers;
import id.layanankecamatan.security.StaffGroups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards /staff/*: scans and letter previews are for office staff only. Staff who are logged in to Tasklist
 * are recognised by their Camunda webapp session (links in the task forms just work); other clients use
 * HTTP Basic with their Camunda account.
 */
public class StaffAccessFilter extends OncePerRequestFilter {

    public static final String STAFF_USER = "staffUser";

    private final CamundaUsers users;

    public StaffAccessFilter(CamundaUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = users.authenticatedUser(request);
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Layanan Kecamatan staff\", charset=\"UTF-8\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Masuk sebagai petugas terlebih dahulu.");
            return;
        }
        if (!users.isMemberOfAny(user.get(), StaffGroups.STAFF)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Hanya untuk petugas kecamatan.");
            return;
        }
        request.setAttribute(STAFF_USER, user.get());
        chain.doFilter(request, response);
    }
}
