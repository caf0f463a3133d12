package id.layanankecamatan.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down guessing per client address, before anything reaches the engine: a login that fails (401) and a
 * citizen look-up that finds nothing (404) each take a token; an address without tokens is answered 429 at
 * once. Only a failure takes a token, after the answer: an office whose staff share one address may send any
 * number of signed-in requests at once without being mistaken for a guesser (taking a token up front would
 * refuse the eleventh simultaneous request). Guesses sent at the same moment could pass an almost empty
 * bucket together, so each failure is taken even into debt, which the address then waits off, and no more
 * than {@value #MAX_SIMULTANEOUS_CHECKS} checks from one address run at once: a burst gains nothing over time.
 * The engine's own per-account lock is switched off (application.yaml): an anonymous
 * attacker could use it to lock the camat out; a per-address limit stops the guessing without that.
 * The client address is the one Tomcat reports, which behind a trusted reverse proxy is X-Forwarded-For.
 */
class ClientThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ClientThrottle.class);
    private static final int MAX_TRACKED_ADDRESSES = 50_000;
    static final int MAX_SIMULTANEOUS_CHECKS = 64;
    private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/.*");
    private static final Pattern API_LOOKUP = Pattern.compile("^/api/v1/applications/[^/]+(/.*)?$");
    private static final Pattern VERIFICATION_LOOKUP = Pattern.compile("^/verifikasi/[^/]+$");
    // the survey pages take a registration number and tracking code too (start form, answers of a number)
    private static final Pattern SURVEY_LOOKUP = Pattern.compile("^/survei(/[^/]+)?$");
    // a complaint is opened by its number and tracking code too: the API (status, completion, "belum selesai")
    private static final Pattern COMPLAINT_API_LOOKUP = Pattern.compile("^/api/v1/complaints/[^/]+(/.*)?$");

    private final ThrottleProperties limits;
    private final SecurityAnswers answers;
    private final Map<String, Client> logins = new ConcurrentHashMap<>();
    private final Map<String, Client> lookups = new ConcurrentHashMap<>();

    /** One address's allowance of failures and the checks of it now running. */
    private record Client(Bucket failures, AtomicInteger running) {
        Client(Bucket failures) {
            this(failures, new AtomicInteger());
        }
    }

    ClientThrottle(ThrottleProperties limits, SecurityAnswers answers) {
        this.limits = limits;
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (limits.exemptAddresses().contains(address)) {
            chain.doFilter(request, response);
            return;
        }
        if (isLogin(request)) {
            guarded(request, response, chain, client(logins, address, this::loginBucket), 401,
                    "Terlalu banyak percobaan masuk yang gagal dari alamat ini.");
        } else if (isLookup(request)) {
            guarded(request, response, chain, client(lookups, address, this::lookupBucket), 404,
                    "Terlalu banyak pencarian yang tidak ditemukan dari alamat ini.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private void guarded(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Client client,
                         int failureStatus, String what) throws IOException, ServletException {
        EstimationProbe allowance = client.failures().estimateAbilityToConsume(1);
        if (!allowance.canBeConsumed()) {
            refuse(request, response, allowance.getNanosToWaitForRefill(), what);
            return;
        }
        if (client.running().incrementAndGet() > MAX_SIMULTANEOUS_CHECKS) {
            client.running().decrementAndGet();
            refuse(request, response, 0, "Terlalu banyak permintaan bersamaan dari alamat ini.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            client.running().decrementAndGet();
            if (response.getStatus() == failureStatus) {
                client.failures().consumeIgnoringRateLimits(1);
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long nanosToWait, String what)
            throws IOException {
        long minutes = Math.max(1, Duration.ofNanos(nanosToWait).toMinutes() + 1);
        log.warn("Throttled {} {} from {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
        response.setHeader("Retry-After", String.valueOf(minutes * 60));
        answers.answer(request, response, 429, "Terlalu banyak percobaan",
                what + " Coba lagi dalam " + minutes + " menit.");
    }

    private static boolean isLogin(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return (authorization != null && !authorization.isBlank())
                || ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(request.getRequestURI()).matches());
    }

    private static boolean isLookup(HttpServletRequest request) {
        String path = request.getRequestURI();
        return API_LOOKUP.matcher(path).matches() || COMPLAINT_API_LOOKUP.matcher(path).matches()
                || ("POST".equals(request.getMethod()) && ("/lacak".equals(path) || "/pengaduan/lacak".equals(path)))
                || ("POST".equals(request.getMethod()) && SURVEY_LOOKUP.matcher(path).matches())
                || ("GET".equals(request.getMethod()) && VERIFICATION_LOOKUP.matcher(path).matches());
    }

    private static Client client(Map<String, Client> buckets, String address, Supplier<Bucket> fresh) {
        if (buckets.size() > MAX_TRACKED_ADDRESSES) {
            // a flood of addresses: forget them all rather than run out of memory (limits start afresh)
            buckets.clear();
        }
        return buckets.computeIfAbsent(address, a -> new Client(fresh.get()));
    }

    private Bucket loginBucket() {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limits.loginFailures()).refillGreedy(limits.loginFailures(), Duration.ofMinutes(15)))
                .addLimit(l -> l.capacity(limits.loginFailuresDaily()).refillIntervally(limits.loginFailuresDaily(), Duration.ofDays(1)))
                .build();
    }

    private Bucket lookupBucket() {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limits.lookupMisses()).refillGreedy(limits.lookupMisses(), Duration.ofMinutes(15)))
                .build();
    }
}
