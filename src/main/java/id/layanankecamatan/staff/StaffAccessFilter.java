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
        if (isCrossSiteWrite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Permintaan dari situs lain ditolak.");
            return;
        }
        request.setAttribute(STAFF_USER, user.get());
        chain.doFilter(request, response);
    }

    /**
     * A form on another site must not act with an officer's session (revoking a letter, registering an
     * application): a browser names the page a write comes from, and it must be one of ours.
     */
    private static boolean isCrossSiteWrite(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return false;
        }
        String source = Optional.ofNullable(request.getHeader("Origin")).orElse(request.getHeader("Referer"));
        if (source == null) {
            // not a browser form (scripts and API clients send neither)
            return false;
        }
        try {
            java.net.URI uri = java.net.URI.create(source);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return !authority.equalsIgnoreCase(request.getHeader("Host"));
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return true;
        }
    }
}
