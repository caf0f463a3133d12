package id.layanankecamatan.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed logins and failed citizen look-ups one client address may make before it must wait.
 *
 * @param loginFailures      failed logins (any account) per 15 minutes
 * @param loginFailuresDaily failed logins per day
 * @param lookupMisses       look-ups of a registration number or verification code that found nothing, per 15 minutes
 * @param exemptAddresses    addresses never throttled (e.g. a monitoring host); empty in production
 */
@ConfigurationProperties(prefix = "layanan.security.throttle")
public record ThrottleProperties(int loginFailures, int loginFailuresDaily, int lookupMisses,
                                 List<String> exemptAddresses) {

    public ThrottleProperties {
        exemptAddresses = exemptAddresses == null ? List.of() : List.copyOf(exemptAddresses);
    }
}
