package id.layanankecamatan.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** A scrape costs at most one query per period; a database that does not answer gives a gap, not an error. */
@Tag("fast")
class CachedCountTest {

    @Test
    void theQueryRunsOncePerPeriodAndAgainAfterIt() throws InterruptedException {
        AtomicInteger queries = new AtomicInteger();
        CachedCount count = new CachedCount("test", () -> queries.incrementAndGet() * 10L, Duration.ofMillis(200));

        assertThat(count.value()).isEqualTo(10.0);
        assertThat(count.value()).isEqualTo(10.0);
        assertThat(queries).hasValue(1);
        Thread.sleep(250);
        assertThat(count.value()).isEqualTo(20.0);
    }

    @Test
    void whileTheDatabaseCannotAnswerTheCountIsNaN() {
        CachedCount count = new CachedCount("test", () -> {
            throw new DataAccessResourceFailureException("connection refused");
        }, Duration.ofSeconds(5));

        assertThat(count.value()).isNaN();
    }
}
