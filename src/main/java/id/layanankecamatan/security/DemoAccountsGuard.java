package id.layanankecamatan.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, no account may keep the published demo password (a database once run with the
 * demo profile keeps its users). At every start, before anyone can log in: the configured administrator gets
 * ADMIN_PASSWORD (already checked by {@link ProductionSecrets}); every other such account gets a random password
 * nobody knows, so it can no longer log in until an administrator sets a new one in Camunda Admin. Each is named
 * in the log. The stored hashes are compared directly: checkPassword would count a failure towards the lock-out.
 */
@Component
@Profile("!demo")
public class DemoAccountsGuard extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsGuard.class);
    static final String DEMO_PASSWORD = "demo";

    private final String adminId;
    private final String adminPassword;
    private final SecureRandom random = new SecureRandom();

    public DemoAccountsGuard(@Value("${camunda.bpm.admin-user.id:}") String adminId,
                             @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
        this.adminId = adminId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        disableDemoPasswords(engine);
    }

    /** Answers the accounts that had the demo password. */
    public List<String> disableDemoPasswords(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        IdentityService identity = engine.getIdentityService();
        List<String> found = new ArrayList<>();
        for (User user : identity.createUserQuery().list()) {
            if (user instanceof UserEntity entity && hasPassword(configuration, entity, DEMO_PASSWORD)) {
                found.add(user.getId());
                if (user.getId().equals(adminId) && !adminPassword.isBlank()) {
                    user.setPassword(adminPassword);
                    identity.saveUser(user);
                    log.warn("The administrator account '{}' had the demo password; its password is now "
                            + "ADMIN_PASSWORD.", user.getId());
                } else {
                    user.setPassword(randomPassword());
                    identity.saveUser(user);
                    log.warn("The account '{}' had the demo password and is DISABLED (its password was replaced "
                            + "by a random one). An administrator sets a new password in Camunda Admin, or "
                            + "deletes the account if it is a demo user.", user.getId());
                }
            }
        }
        return found;
    }

    /** The engine's own hashing: salt appended to the password, then the configured encryptor. */
    static boolean hasPassword(ProcessEngineConfigurationImpl configuration, UserEntity user, String password) {
        if (user.getPassword() == null) {
            return false;
        }
        String salted = user.getSalt() == null ? password : password + user.getSalt();
        return configuration.getPasswordManager().check(salted, user.getPassword());
    }

    private String randomPassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
