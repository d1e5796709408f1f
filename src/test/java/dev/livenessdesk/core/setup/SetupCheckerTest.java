package dev.livenessdesk.core.setup;

import dev.livenessdesk.testsupport.ScriptedSetupAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** How the checker runs the rows: at the same time where they are independent, each within its time bound. */
class SetupCheckerTest {

    private static final SetupTarget TARGET = new SetupTarget(ConnectionSettings.of("qa", "us-east-1"),
            Optional.of("liveness-out"), "qa/", Optional.empty());

    @Test
    void independentRowsRunAtTheSameTime() throws InterruptedException {
        CountDownLatch bothAsked = new CountDownLatch(2);
        ScriptedSetupAnswers answers = new ScriptedSetupAnswers() {
            @Override
            public dev.livenessdesk.core.connection.CallerIdentity identity(ConnectionSettings connection)
                    throws ServiceException {
                meet(bothAsked);
                return super.identity(connection);
            }

            @Override
            public ServiceClock serviceClock(ConnectionSettings connection) throws ServiceException {
                meet(bothAsked);
                return super.serviceClock(connection);
            }
        };
        SetupRun run = new SetupChecker(answers, java.time.Clock.systemUTC(), Duration.ofSeconds(20))
                .run(TARGET, result -> { });

        assertThat(row(run, CheckId.CREDENTIALS).status()).as("credentials met the clock check half-way")
                .isEqualTo(CheckStatus.OK);
        assertThat(row(run, CheckId.CLOCK).status()).isIn(CheckStatus.OK, CheckStatus.WARN);
    }

    @Test
    void aRowThatRunsOutOfTimeIsInterruptedAndCouldNotBeChecked() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        ScriptedSetupAnswers answers = new ScriptedSetupAnswers() {
            @Override
            public ServiceClock serviceClock(ConnectionSettings connection) {
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(1));
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return new ServiceClock(Instant.now(), Instant.now());
            }
        };
        SetupRun run = new SetupChecker(answers, java.time.Clock.systemUTC(), Duration.ofMillis(300))
                .run(TARGET, result -> { });

        assertThat(row(run, CheckId.CLOCK)).isEqualTo(CheckResult.unknown(CheckId.CLOCK, "Could not check: AWS did not "
                + "answer within 1 second.", "Check the network, proxy or VPN and the endpoint settings, then check "
                + "again."));
        assertThat(row(run, CheckId.BUCKET).status()).as("the other rows are answered").isEqualTo(CheckStatus.OK);
        assertThat(run.took()).isLessThan(Duration.ofSeconds(30));
        assertThat(interrupted.await(20, TimeUnit.SECONDS)).as("the late check was interrupted").isTrue();
    }

    @Test
    void aCheckThatBreaksReadsCouldNotCheckAndTheOthersGoOn() throws InterruptedException {
        ScriptedSetupAnswers answers = new ScriptedSetupAnswers();
        answers.versioning = new IllegalStateException("unexpected answer");
        SetupRun run = new SetupChecker(answers).run(TARGET, result -> { });

        assertThat(row(run, CheckId.VERSIONING)).isEqualTo(CheckResult.unknown(CheckId.VERSIONING, "Could not check: "
                + "the check failed unexpectedly (unexpected answer).", "Check again; if it keeps happening, copy the "
                + "report into a support ticket."));
        assertThat(run.count(CheckStatus.OK)).isEqualTo(run.results().size() - 1);
    }

    @Test
    void everyRowIsToldAsItIsAnsweredAndTheRunKeepsChecklistOrder() throws InterruptedException {
        List<CheckId> heard = new CopyOnWriteArrayList<>();
        SetupRun run = new SetupChecker(new ScriptedSetupAnswers()).run(TARGET, result -> heard.add(result.id()));

        assertThat(heard).containsExactlyInAnyOrderElementsOf(run.results().stream().map(CheckResult::id).toList());
        assertThat(run.results()).extracting(CheckResult::id).isSorted();
        assertThat(heard.indexOf(CheckId.CREDENTIALS)).isLessThan(heard.indexOf(CheckId.BUCKET));
        assertThat(heard.indexOf(CheckId.LIFECYCLE)).isLessThan(heard.indexOf(CheckId.VERSIONING));
    }

    @Test
    void interruptingTheRunStopsIt() throws Exception {
        CountDownLatch clockAsked = new CountDownLatch(1);
        ScriptedSetupAnswers answers = new ScriptedSetupAnswers() {
            @Override
            public ServiceClock serviceClock(ConnectionSettings connection) {
                clockAsked.countDown();
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new ServiceClock(Instant.now(), Instant.now());
            }
        };
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                new SetupChecker(answers).run(TARGET, result -> { });
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        runner.start();
        assertThat(clockAsked.await(20, TimeUnit.SECONDS)).isTrue();
        runner.interrupt();
        runner.join(TimeUnit.SECONDS.toMillis(20));

        assertThat(runner.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
    }

    private static void meet(CountDownLatch latch) {
        latch.countDown();
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the other check never started: the rows ran one after another");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static CheckResult row(SetupRun run, CheckId id) {
        return run.results().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
