package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs the checklist: each check once its needs are answered, independent ones at the same time, each within its
 * own time bound (a check that runs out of time is interrupted and reads "could not check"). The same checker
 * serves the desktop app and the command line.
 */
public final class SetupChecker {

    /**
     * As long as one SDK attempt may take (AwsClientOptions), so a dead endpoint still ends in the SDK's own words;
     * short enough that nobody waits on a hang. The first check of a run also pays for building the SDK clients.
     */
    public static final Duration DEFAULT_TIME_BOUND = Duration.ofSeconds(30);

    private final SetupAnswers answers;
    private final Clock clock;
    private final Duration timeBound;

    public SetupChecker(SetupAnswers answers, Clock clock, Duration timeBound) {
        this.answers = answers;
        this.clock = clock;
        this.timeBound = timeBound;
    }

    public SetupChecker(SetupAnswers answers) {
        this(answers, Clock.systemUTC(), DEFAULT_TIME_BOUND);
    }

    /** The rows that apply: bucket rows only with a bucket, the key row only with a key. */
    public List<SetupCheck> checksFor(SetupTarget target) {
        List<SetupCheck> checks = new ArrayList<>(List.of(new RegionCheck(), new CredentialsCheck(answers, clock),
                new ClockCheck(answers), new BucketCheck(answers), new PermissionsCheck(answers)));
        if (target.bucket().isPresent()) {
            checks.addAll(List.of(new EncryptionCheck(answers), new PublicAccessCheck(answers),
                    new LifecycleCheck(answers), new VersioningCheck(answers)));
        }
        if (target.kmsKeyId().isPresent()) {
            checks.add(new KmsKeyCheck(answers));
        }
        return checks;
    }

    /** The ids of the rows {@link #run} will answer, in checklist order, to show them as "checking" at once. */
    public List<CheckId> rowsFor(SetupTarget target) {
        return checksFor(target).stream().map(SetupCheck::id).sorted().toList();
    }

    /**
     * Runs every check that applies and returns when all are answered. Blocks; interrupting the thread stops
     * every check still running.
     *
     * @param onEach hears each row as it is answered, on the worker thread that answered it
     */
    public SetupRun run(SetupTarget target, Consumer<CheckResult> onEach) throws InterruptedException {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        List<SetupCheck> checks = checksFor(target);
        Findings findings = new Findings();
        Map<CheckId, CompletableFuture<CheckResult>> answered = new EnumMap<>(CheckId.class);
        checks.forEach(check -> answered.put(check.id(), new CompletableFuture<>()));
        List<Future<?>> work = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(checks.size(), DaemonThreads.numbered("setup-check"));
        ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered("setup-check-timer"));
        try {
            for (SetupCheck check : checks) {
                CompletableFuture<?>[] needs = check.needs().stream().map(answered::get)
                        .filter(java.util.Objects::nonNull).toArray(CompletableFuture[]::new);
                CompletableFuture.allOf(needs).thenRun(() -> {
                    synchronized (work) {
                        work.add(start(check, target, findings, answered.get(check.id()), onEach, workers, timer));
                    }
                });
            }
            CompletableFuture.allOf(answered.values().toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            synchronized (work) {
                work.forEach(task -> task.cancel(true));
            }
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("A setup check broke the checker", e.getCause());
        } finally {
            workers.shutdownNow();
            timer.shutdownNow();
        }
        List<CheckResult> results = answered.values().stream().map(CompletableFuture::join).toList();
        return new SetupRun(target, results, started, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private Future<?> start(SetupCheck check, SetupTarget target, Findings findings,
                            CompletableFuture<CheckResult> answer, Consumer<CheckResult> onEach,
                            ExecutorService workers, ScheduledExecutorService timer) {
        // Built here, not in the timer: a failure inside a scheduled task would vanish and leave the row hanging.
        CheckResult timedOut = CheckResult.unknown(check.id(),
                SetupWords.get("unknown.timeout", Math.max(1, timeBound.toSeconds())),
                SetupWords.get("unknown.timeout.fix"));
        AtomicBoolean answered = new AtomicBoolean();
        // The first answer wins (the check's or the timer's); it is told before the rows that build on it start.
        Consumer<CheckResult> finish = result -> {
            if (answered.compareAndSet(false, true)) {
                tell(onEach, result);
                answer.complete(result);
            }
        };
        Future<?> task = workers.submit(() -> {
            try {
                finish.accept(check.run(target, findings));
            } catch (InterruptedException e) {
                finish.accept(CheckResult.unknown(check.id(), SetupWords.get("unknown.stopped"), ""));
            } catch (RuntimeException e) {
                LogHolder.LOG.log(System.Logger.Level.WARNING, "The " + check.id().wireName() + " check broke", e);
                finish.accept(CheckResult.unknown(check.id(), SetupWords.get("unknown.broken",
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                        SetupWords.get("unknown.broken.fix")));
            }
        });
        timer.schedule(() -> {
            if (!answered.get()) {
                finish.accept(timedOut);
                task.cancel(true);
            }
        }, timeBound.toMillis(), TimeUnit.MILLISECONDS);
        return task;
    }

    private static void tell(Consumer<CheckResult> onEach, CheckResult result) {
        try {
            onEach.accept(result);
        } catch (RuntimeException e) {
            LogHolder.LOG.log(System.Logger.Level.DEBUG, "A setup check listener failed; the check goes on", e);
        }
    }

    /** Core imports only the JDK: logging goes through System.Logger. */
    private static final class LogHolder {
        static final System.Logger LOG = System.getLogger(SetupChecker.class.getName());
    }
}
