package id.layanankecamatan.application;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A citizen's command (correct, withdraw) runs again when it collided with an asynchronous step of the same
 * application: the engine then fails the later of the two (optimistic locking, or a parent execution that the
 * other step just removed), and the database may pick one of two waiting transactions as a deadlock victim.
 * Each attempt is one transaction that rolled back completely, so trying again is safe; the next attempt reads
 * what the other step committed. A refusal that would repeat (wrong state, bad input, no such wait) is not retried.
 */
final class ConcurrentStepRetry {

    static final int ATTEMPTS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentStepRetry.class);

    private ConcurrentStepRetry() {
    }

    static <T> T run(Supplier<T> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.get();
            } catch (ProcessEngineException | PessimisticLockingFailureException e) {
                if (tried == ATTEMPTS || !mayBeConcurrent(e)) {
                    throw e;
                }
                LOG.info("Command collided with a concurrent step ({}); attempt {} of {} follows", e.getClass()
                        .getSimpleName(), tried + 1, ATTEMPTS);
                pause(tried);
            }
        }
    }

    private static boolean mayBeConcurrent(RuntimeException e) {
        return !(e instanceof BadUserRequestException || e instanceof MismatchingMessageCorrelationException
                || e instanceof AuthorizationException);
    }

    /** A short wait that grows, with jitter, so that two colliding requests do not collide again. */
    private static void pause(int tried) {
        try {
            Thread.sleep(20L * tried + ThreadLocalRandom.current().nextLong(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
