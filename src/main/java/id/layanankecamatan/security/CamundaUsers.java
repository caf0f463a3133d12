package id.layanankecamatan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The Camunda identity as our user store: accounts, passwords and groups are those of the engine, so staff have
 * one login for Tasklist, Cockpit, our staff pages and the engine REST API. A group id is a Spring Security
 * authority of the same name.
 */
@Component
public class CamundaUsers {

    private final IdentityService identity;

    public CamundaUsers(IdentityService identity) {
        this.identity = identity;
    }

    /** Checks the password; a wrong one counts towards the engine's lock-out, so callers throttle first. */
    public boolean checkPassword(String userId, String password) {
        return identity.checkPassword(userId, password);
    }

    /** Groups are read live on every request: removing an officer from a group takes effect at once. */
    public List<GrantedAuthority> authorities(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    /** A user logged in to Tasklist or Cockpit in this browser session (so links from a task form just work). */
    public static Optional<String> fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine("default");
        return authentication instanceof UserAuthentication user ? Optional.of(user.getIdentityId()) : Optional.empty();
    }
}
