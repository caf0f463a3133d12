package id.layanankecamatan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is calling, for our own staff pages and APIs: a user logged in to the Camunda webapps (their session is
 * recognised, so links from Tasklist just work) or HTTP Basic with a Camunda account.
 */
public class CamundaUsers {

    private final IdentityService identity;

    public CamundaUsers(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<String> authenticatedUser(HttpServletRequest request) {
        return fromWebappSession(request).or(() -> fromBasicAuth(request));
    }

    public boolean isMemberOfAny(String userId, Collection<String> groupIds) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .anyMatch(g -> groupIds.contains(g.getId()));
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
}
