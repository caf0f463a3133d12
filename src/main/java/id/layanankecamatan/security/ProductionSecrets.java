package id.layanankecamatan.security;

import id.layanankecamatan.catalog.ServiceStandards;
import id.layanankecamatan.signing.SigningProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Outside the demo profile, refuses to start when a secret is missing, blank, an unresolved {@code ${...}}
 * placeholder or a well-known demo value, or when the published standards still cite the released example decrees
 * (an office would otherwise print "CONTOH" on its maklumat). Runs before any bean exists, so the engine never
 * creates the administrator with such a password (Spring leaves an unset {@code ${ADMIN_PASSWORD}} as literal text).
 */
public class ProductionSecrets implements EnvironmentPostProcessor, Ordered {

    /** Passwords printed in this repository or tried first by anyone guessing. */
    static final Set<String> KNOWN_WEAK = Set.of("demo", "admin", "administrator", "password", "passwort",
            "changeme", "change-me", "changeit", "secret", "camunda", "layanan", "123456", "12345678", "qwerty",
            "rahasia", "kecamatan");

    static final int ADMIN_MIN_LENGTH = 12;
    static final int TELEGRAM_SECRET_MIN_LENGTH = 16;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        // the administrator is created only where an admin user is configured (the postgres profile does)
        if (value(environment, "camunda.bpm.admin-user.id") != null) {
            check(value(environment, "camunda.bpm.admin-user.password"), "ADMIN_PASSWORD",
                    "a strong administrator password of at least " + ADMIN_MIN_LENGTH + " characters",
                    ADMIN_MIN_LENGTH).ifPresent(problems::add);
        }
        check(value(environment, "layanan.signing.password"), "SIGNING_PASSWORD",
                "the password of the office's signing keystore", 1).ifPresent(problems::add);
        problems.addAll(exampleStandards(environment));
        // a bot whose webhook takes any caller would bind chats to applications for whoever guesses the path
        String telegramToken = value(environment, "layanan.telegram.bot-token");
        if (telegramToken != null && !telegramToken.isBlank()) {
            check(value(environment, "layanan.telegram.webhook-secret"), "TELEGRAM_WEBHOOK_SECRET",
                    "the secret_token given to Telegram's setWebhook, at least " + TELEGRAM_SECRET_MIN_LENGTH
                            + " characters of A-Z a-z 0-9 _ -", TELEGRAM_SECRET_MIN_LENGTH).ifPresent(problems::add);
        }
        // each signer's own keystore: its password is a secret like the office's
        signers(environment).forEach((account, keystore) -> {
            if (!keystore.useOfficeCertificate()) {
                String key = "layanan.signing.signers." + account + ".password";
                check(keystore.password(), key, "the password of " + account + "'s signing keystore", 1)
                        .ifPresent(problems::add);
            }
        });
        if (!problems.isEmpty()) {
            throw new StartRefusedException(problems);
        }
    }

    static java.util.Optional<String> check(String value, String variable, String what, int minLength) {
        String advice = ": set " + what + " (the demo profile is not for production)";
        if (value == null || value.isBlank() || value.contains("${")) {
            return java.util.Optional.of(variable + " is not set" + advice);
        }
        if (KNOWN_WEAK.contains(value.trim().toLowerCase(Locale.ROOT))) {
            return java.util.Optional.of(variable + " is a well-known demo value" + advice);
        }
        if (value.length() < minLength) {
            return java.util.Optional.of(variable + " is shorter than " + minLength + " characters" + advice);
        }
        return java.util.Optional.empty();
    }

    /**
     * Every standards setting that still holds a released example value. A catalogue that does not bind is left to
     * the catalogue's own validation, which names what is wrong.
     */
    static List<String> exampleStandards(ConfigurableEnvironment environment) {
        try {
            return Binder.get(environment).bind("layanan.catalog.standards", ServiceStandards.class)
                    .map(ServiceStandards::examplesLeft).orElse(List.of()).stream()
                    .map(setting -> setting + " is still the released example (" + ServiceStandards.EXAMPLE_MARK
                            + "): set the office's own in its catalogue file (see README, Service catalogue)")
                    .toList();
        } catch (BindException unreadable) {
            return List.of();
        }
    }

    private static Map<String, SigningProperties.PersonalKeystore> signers(ConfigurableEnvironment environment) {
        return Binder.get(environment).bind("layanan.signing.signers",
                Bindable.mapOf(String.class, SigningProperties.PersonalKeystore.class)).orElse(Map.of());
    }

    /** The resolved value; an unresolvable placeholder counts as not set. */
    private static String value(ConfigurableEnvironment environment, String key) {
        try {
            return environment.getProperty(key);
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        // after the config files are read and the profiles are known
        return Ordered.LOWEST_PRECEDENCE;
    }
}
