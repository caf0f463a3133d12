package id.layanankecamatan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises a Tasklist/Cockpit login for our staff pages: the Camunda webapps keep their user in the HTTP
 * session, and a link opened from a task form carries that session. Nothing is stored by us.
 */
class CamundaWebappSessionAuthentication extends OncePerRequestFilter {

    private final CamundaUsers users;

    CamundaWebappSessionAuthentication(CamundaUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            CamundaUsers.fromWebappSession(request).ifPresent(userId -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(userId, null, users.authorities(userId)));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
