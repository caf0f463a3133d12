package id.layanankecamatan.bench;

import id.layanankecamatan.LayananKecamatanApplication;
import id.layanankecamatan.application.ApplicationService;
import id.layanankecamatan.application.Submission;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.document.LetterRegister;
import id.layanankecamatan.document.LetterRepository;
import id.layanankecamatan.document.LetterService;
import id.layanankecamatan.notify.Mailer;
import id.layanankecamatan.notify.OutgoingMail;
import id.layanankecamatan.notify.MailDelivery;
import id.layanankecamatan.support.RealServers;
import id.layanankecamatan.support.Samples;
import id.layanankecamatan.support.StaffWork;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Letter issue micro-benchmark (issue 13), not a test: the whole application on embedded PostgreSQL, letters
 * issued through LetterService in a transaction as the signing step does. Reports warmed CPU time per letter
 * (ThreadMXBean, the issuing thread only), wall time, and the time the register-number lock is held (from the
 * counter row's increment to the commit of the register's own transaction, told by {@link LetterRegister.LockHold}).
 * <p>
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * id.layanankecamatan.bench.LetterIssueBenchmark} (-Dletters=200 -Dwarmup=200 -Dthreads=8).
 */
public final class LetterIssueBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LetterIssueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("warmup", 200);
        int letters = Integer.getInteger("letters", 200);
        int threads = Integer.getInteger("threads", 8);
        Queue<Double> lockHolds = new ConcurrentLinkedQueue<>();
        LetterRegister.LockHold recorder = nanos -> lockHolds.add(nanos / 1e6);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LayananKecamatanApplication.class,
                RealServers.class).profiles("demo", "test")
                .properties("server.port=0", "logging.level.root=WARN", "logging.level.id.layanankecamatan=WARN")
                .initializers(c -> c.getBeanFactory().registerSingleton("lockHoldRecorder", recorder))
                .run()) {
            Bench bench = new Bench(context);
            List<String> ready = bench.prepare(warmup + letters + letters);
            context.getBean(MailDelivery.class).deliverDue();
            bench.issueSequentially(ready.subList(0, warmup));
            lockHolds.clear();
            List<Sample> measured = bench.issueSequentially(ready.subList(warmup, warmup + letters));
            List<Double> sequentialHolds = new ArrayList<>(lockHolds);
            lockHolds.clear();
            long started = System.nanoTime();
            List<Sample> concurrent = bench.issueConcurrently(ready.subList(warmup + letters, ready.size()), threads);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Double> concurrentHolds = new ArrayList<>(lockHolds);
            double mailCpu = bench.mailLetters(ready.subList(warmup, warmup + letters));

            System.out.printf("%nLETTER ISSUE (warmed, %d letters, one thread)%n", letters);
            System.out.printf("  CPU per letter   : median %.2f ms, mean %.2f ms%n", median(measured, Sample::cpuMs),
                    mean(measured, Sample::cpuMs));
            System.out.printf("  wall per letter  : median %.2f ms%n", median(measured, Sample::wallMs));
            System.out.printf("  lock held        : median %.2f ms, p99 %.2f ms%n", percentile(sequentialHolds, 50),
                    percentile(sequentialHolds, 99));
            System.out.printf("CONCURRENT (%d letters, %d threads): %.1f letters/s%n", concurrent.size(), threads,
                    concurrent.size() / seconds);
            System.out.printf("  wall per letter  : median %.2f ms, p99 %.2f ms%n", median(concurrent, Sample::wallMs),
                    percentile(concurrent.stream().map(Sample::wallMs).toList(), 99));
            System.out.printf("  lock held        : median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    percentile(concurrentHolds, 50), percentile(concurrentHolds, 99), percentile(concurrentHolds, 100));
            System.out.printf("MAIL with the letter attached: CPU %.2f ms per mail (notify job + delivery)%n", mailCpu);
        }
    }

    record Sample(double cpuMs, double wallMs) {
    }

    private static final class Bench {
        private final ProcessEngine engine;
        private final ApplicationService submissions;
        private final LetterService letters;
        private final TransactionTemplate transaction;
        private final MailDelivery mailDelivery;
        private final Mailer mailer;
        private final ApplicationRepository applications;
        private final LetterRepository letterRepository;

        Bench(ConfigurableApplicationContext context) {
            engine = context.getBean(ProcessEngine.class);
            submissions = context.getBean(ApplicationService.class);
            applications = context.getBean(ApplicationRepository.class);
            letterRepository = context.getBean(LetterRepository.class);
            mailer = context.getBean(Mailer.class);
            letters = context.getBean(LetterService.class);
            transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            mailDelivery = context.getBean(MailDelivery.class);
        }

        /** Applications waiting for the signature, as after the front office accepted them. */
        List<String> prepare(int count) {
            List<String> ready = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String registration = submissions.submit(new Submission("domisili", Samples.applicant(),
                        Samples.domisiliDetails(), Samples.domisiliScans(), null, Submission.CHANNEL_ONLINE))
                        .registrationNumber();
                StaffWork.verified(engine, registration);
                ready.add(registration);
            }
            return ready;
        }

        List<Sample> issueSequentially(List<String> registrations) {
            List<Sample> samples = new ArrayList<>();
            for (String registration : registrations) {
                samples.add(issue(registration));
            }
            return samples;
        }

        List<Sample> issueConcurrently(List<String> registrations, int threads) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Sample>> running = new ArrayList<>();
                for (String registration : registrations) {
                    running.add(pool.submit(() -> issue(registration)));
                }
                List<Sample> samples = new ArrayList<>();
                for (Future<Sample> sample : running) {
                    samples.add(sample.get());
                }
                return samples;
            } finally {
                pool.shutdown();
            }
        }

        private Sample issue(String registration) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            transaction.executeWithoutResult(s -> letters.issue(registration, "camat"));
            return new Sample((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
        }

        /** Each letter mailed as the "issued" notice does: into the outbox, then delivered over SMTP; per mail. */
        double mailLetters(List<String> registrations) {
            List<byte[]> pdfs = registrations.stream().map(r -> applications.findByRegistrationNumber(r)
                    .flatMap(a -> letterRepository.findByApplicationId(a.id())).orElseThrow().pdf()).toList();
            long cpu = THREADS.getCurrentThreadCpuTime();
            for (byte[] pdf : pdfs) {
                mailer.send(new OutgoingMail("warga@example.org", "Surat Anda telah terbit", "Surat terlampir.",
                        "surat.pdf", pdf));
            }
            int sent = mailDelivery.deliverDue();
            return (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / Math.max(sent, 1);
        }
    }

    private interface Metric {
        double of(Sample sample);
    }

    private static double median(List<Sample> samples, Metric metric) {
        return percentile(samples, metric, 50);
    }

    private static double mean(List<Sample> samples, Metric metric) {
        return samples.stream().mapToDouble(metric::of).average().orElse(0);
    }

    private static double percentile(List<Sample> samples, Metric metric, int percent) {
        return percentile(samples.stream().map(metric::of).toList(), percent);
    }

    private static double percentile(List<Double> measured, int percent) {
        List<Double> values = new ArrayList<>(measured);
        Collections.sort(values);
        return values.get(Math.min(values.size() - 1, (int) Math.ceil(percent / 100.0 * values.size()) - 1));
    }
}
