package id.layanankecamatan.staff;

import id.layanankecamatan.security.StaffGroups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards /staff/*: scans and letter previews are for office staff only. Staff who are logged in to Tasklist
 * are recognised by their Camunda webapp session (links in the task forms just work); other clients use
 * HTTP Basic with their Camunda account.
 */
public class StaffAccessFilter extends OncePerRequestFilter {

    public static final String STAFF_USER = "staffUser";
    private static final Set<String> STAFF_GROUPS = staffGroups();

    private final IdentityService identity;

    private static Set<String> staffGroups() {
        Set<String> groups = new java.util.HashSet<>(StaffGroups.OFFICE);
        groups.add(StaffGroups.ADMIN);
        return Set.copyOf(groups);
    }

    public StaffAccessFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = fromWebappSession(request).or(() -> fromBasicAuth(request));
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Layanan Kecamatan staff\", charset=\"UTF-8\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Masuk sebagai petugas terlebih dahulu.");
            return;
        }
        if (!isStaff(user.get())) {
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

    private static Optional<String> fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine("default");
        return authentication instanceof UserAuthentication user ? Optional.of(user.getIdentityId()) : Optional.empty();
    }

    private Optional<String> fromBasicAuth(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String userId = decoded.substring(0, colon);
            return identity.checkPassword(userId, decoded.substring(colon + 1)) ? Optional.of(userId) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private boolean isStaff(String userId) {
        List<Group> groups = identity.createGroupQuery().groupMember(userId).list();
        return groups.stream().anyMatch(g -> STAFF_GROUPS.contains(g.getId()));
    }
}
