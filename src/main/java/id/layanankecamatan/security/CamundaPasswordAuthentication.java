package id.layanankecamatan.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** HTTP Basic against the Camunda accounts (engine REST, staff APIs and pages). */
@Component
class CamundaPasswordAuthentication implements AuthenticationProvider {

    private final CamundaUsers users;

    CamundaPasswordAuthentication(CamundaUsers users) {
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || !(credentials instanceof String password)
                || !users.checkPassword(userId, password)) {
            throw new BadCredentialsException("Nama pengguna atau kata sandi salah.");
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, users.authorities(userId));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
