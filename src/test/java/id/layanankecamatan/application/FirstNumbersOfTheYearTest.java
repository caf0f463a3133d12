package id.layanankecamatan.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.support.IntegrationTest;
import id.layanankecamatan.support.Samples;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The first applications of a year, sent at once by more citizens than the database pool has connections (ten):
 * each gets its number at once. Before, each transaction held its connection and asked for a second one to create
 * the year's counter, so all of them waited out the pool's timeout and failed.
 */
class FirstNumbersOfTheYearTest extends IntegrationTest {

    private static final int CITIZENS = 20;

    @Autowired
    ApplicationService applications;
    @Autowired
    ServiceCatalog catalog;

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void twentyCitizensSendingTheYearsFirstApplicationsTogetherAreAllNumberedInOrder() throws Exception {
        // a year no other test submits in: its counter does not exist yet
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2049-01-04T09:00:00+07:00").toInstant()));
        CyclicBarrier together = new CyclicBarrier(CITIZENS);
        ExecutorService citizens = Executors.newFixedThreadPool(CITIZENS);
        List<Future<Receipt>> receipts = new ArrayList<>();
        try {
            for (int i = 0; i < CITIZENS; i++) {
                receipts.add(citizens.submit(() -> {
                    together.await();
                    return applications.submit(Samples.submission(catalog.get("domisili")));
                }));
            }
            List<Integer> sequence = new ArrayList<>();
            for (Future<Receipt> receipt : receipts) {
                String number = receipt.get(2, TimeUnit.MINUTES).registrationNumber();
                assertThat(number).contains("-2049-");
                sequence.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
            }
            assertThat(sequence).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, CITIZENS).boxed().toList());
        } finally {
            citizens.shutdownNow();
        }
    }
}
