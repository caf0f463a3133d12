package id.layanankecamatan.security;

import id.layanankecamatan.catalog.ServiceCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place that decides who may call what.
 * <ul>
 * <li>{@code /actuator/**}: health and its probes open to anyone (load balancers), details only for a logged-in
 * account; the Prometheus scrape and info with HTTP Basic for {@code monitoring} or {@code camunda-admin}; no other
 * endpoint.</li>
 * <li>{@code /engine-rest/**}: HTTP Basic with a Camunda account; the engine's authorizations then apply.</li>
 * <li>Staff pages and APIs: the Tasklist/Cockpit login (session) or HTTP Basic, members of an office group;
 * changing the holiday table needs {@code camunda-admin}. What a user may read of one application is decided
 * per request by the staff controllers.</li>
 * <li>{@code /camunda/**}: the Camunda webapps with their own login, CSRF protection and headers.</li>
 * <li>Everything else is the public portal and citizen API: CSRF tokens on every portal form, security
 * headers, no Basic challenge.</li>
 * </ul>
 * In front of all of it, {@link ClientThrottle} limits failed logins and failed look-ups per client address.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(ThrottleProperties.class)
public class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static final RequestMatcher HOLIDAYS = new OrRequestMatcher(path("/api/v1/holidays"),
            path("/api/v1/holidays/**"));

    private final SecurityAnswers answers;

    public SecurityConfiguration(SecurityAnswers answers) {
        this.answers = answers;
    }

    /** Like the engine REST API: a scraper sends Basic credentials with every request and gets no session. */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/actuator/**"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .requestMatchers(path("/actuator/prometheus"), path("/actuator/info"))
                        .hasAnyAuthority(StaffGroups.MONITORING, StaffGroups.ADMIN)
                        .anyRequest().denyAll());
        return basicOnEveryRequest(http).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return basicOnEveryRequest(http).build();
    }

    /** For scripts (engine REST clients, Prometheus): HTTP Basic with every request, never a session. */
    private HttpSecurity basicOnEveryRequest(HttpSecurity http) throws Exception {
        return http.httpBasic(b -> b.authenticationEntryPoint(answers))
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Basic credentials are never cached by a browser (no challenge to browsers), so no cross-site
                // form can act with them; a write that names another site as its origin is refused all the same
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::isCrossSiteWrite))
                .requestCache(r -> r.disable());
    }

    @Bean
    @Order(2)
    SecurityFilterChain staff(HttpSecurity http, CamundaUsers users, ServiceCatalog catalog) throws Exception {
        // every office group of the catalogue (a kasi who initials a draft opens its preview too) and the administrators
        // and the complaint officers (Perpres 76/2013: a post of its own), whose pages are under /staf/pengaduan
        String[] staff = Stream.concat(catalog.groups().keySet().stream(),
                Stream.of(StaffGroups.ADMIN, StaffGroups.COMPLAINTS)).distinct().toArray(String[]::new);
        http.securityMatcher(new OrRequestMatcher(path("/staff/**"), path("/staf/**"), path("/api/v1/sla/**"), HOLIDAYS,
                        path("/api/v1/access-log"), path("/api/v1/access-log/**")))
                .addFilterBefore(new CamundaWebappSessionAuthentication(users), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(answers))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(new AndRequestMatcher(HOLIDAYS, SecurityConfiguration::isReading))
                        .hasAnyAuthority(staff)
                        .requestMatchers(HOLIDAYS).hasAuthority(StaffGroups.ADMIN)
                        .anyRequest().hasAnyAuthority(staff))
                .addFilterAfter(new StaffUserAttribute(), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                // the session is the Camunda webapps' (recognised on every request); renewing its id here would pull it
                // from under Tasklist's and Cockpit's parallel calls
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER).sessionFixation(f -> f.none()))
                // forms opened with the webapp session carry a token; scripts with Basic credentials need none
                .csrf(c -> c.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken)
                        .csrfTokenRequestHandler(new MultipartTokenFromAddress()))
                .headers(h -> h.contentSecurityPolicy(p -> p.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS)))
                .requestCache(r -> r.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // the webapps bring their own login, CSRF filter and security headers (incl. a CSP with nonces)
        http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .requestCache(r -> r.disable())
                .sessionManagement(s -> s.sessionFixation(f -> f.none()));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                // the citizen API carries the tracking code in a header, never a cookie, and the public letter check
                // keeps no state: neither can be misused across sites; a provider's webhook is signed, not a session's
                .csrf(c -> c.ignoringRequestMatchers(path("/api/v1/**"), path("/verifikasi"), path("/verifikasi/**"),
                                path("/webhooks/**"))
                        .csrfTokenRequestHandler(new MultipartTokenFromAddress()))
                .exceptionHandling(e -> e.accessDeniedHandler(answers))
                .headers(h -> h.contentSecurityPolicy(p -> p.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS)))
                .requestCache(r -> r.disable());
        return http.build();
    }

    /** Runs before Spring Security, so a throttled address never reaches a password check. */
    /**
     * No Micrometer observation of each security filter, authentication and authorisation decision: under load they
     * cost about 3 % of the request threads' CPU, and the operator's figures are the request timers
     * (http.server.requests), submission, letter issue and delivery (README, Observability).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    FilterRegistrationBean<ClientThrottle> clientThrottle(ThrottleProperties limits) {
        FilterRegistrationBean<ClientThrottle> registration =
                new FilterRegistrationBean<>(new ClientThrottle(limits, answers));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Camunda's REST filter takes the user Spring Security authenticated and sets it (and its groups) on the engine. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", EngineRestAuthentication.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /** Paths as the client sent them, whichever servlet (Spring MVC, Jersey of the engine and webapps) serves them. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static boolean isReading(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** Writes that a browser session authenticates carry the form's token; any write from another site is refused. */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        return isCrossSiteWrite(request) || (isUnsafe(request) && request.getHeader("Authorization") == null
                && CamundaUsers.fromWebappSession(request).isPresent());
    }

    private static boolean isUnsafe(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method));
    }

    /** A browser names the page a write comes from; it must be one of ours. Scripts send neither header. */
    static boolean isCrossSiteWrite(HttpServletRequest request) {
        if (!isUnsafe(request)) {
            return false;
        }
        String source = Optional.ofNullable(request.getHeader("Origin")).orElse(request.getHeader("Referer"));
        if (source == null) {
            return false;
        }
        try {
            URI uri = URI.create(source);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority == null || !authority.equalsIgnoreCase(request.getHeader("Host"));
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    /** Hands the authenticated staff member to our controllers as {@link StaffUser#ATTRIBUTE}. */
    private static final class StaffUserAttribute extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException,
                java.io.IOException {
            var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            if (authentication != null && authentication.isAuthenticated()) {
                request.setAttribute(StaffUser.ATTRIBUTE, authentication.getName());
            }
            chain.doFilter(request, response);
        }
    }
}
