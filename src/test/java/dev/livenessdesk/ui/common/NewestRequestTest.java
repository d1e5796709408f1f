package dev.livenessdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The newest request wins": an older answer that arrives late never lands on the screen. */
class NewestRequestTest {

    private final DeferredTaskRunner runner = new DeferredTaskRunner();
    private final NewestRequest newest = new NewestRequest(runner);
    private final List<String> shown = new ArrayList<>();

    private void ask(String answer) {
        newest.job(context -> answer)
                .onSuccess(shown::add)
                .onFailure(error -> shown.add("failed " + error.getMessage()))
                .onCancelled(() -> shown.add("cancelled " + answer))
                .start();
    }

    @Test
    void aNewRequestCancelsTheOneBeforeAndOnlyTheNewestAnswerIsShown() {
        ask("first");
        assertThat(newest.isRunning()).isTrue();

        ask("second");

        assertThat(runner.pendingCount()).isEqualTo(1);
        runner.runAll();
        assertThat(shown).containsExactly("second");
        assertThat(newest.isRunning()).isFalse();
    }

    @Test
    void anAnswerAlreadyOnItsWayIsDroppedWhenANewerRequestStarted() {
        // A runner that cannot cancel (the answer was already queued for the FX thread).
        List<Job<?>> started = new ArrayList<>();
        TaskRunner late = new TaskRunner() {
            @Override
            public <T> TaskHandle start(Job<T> job) {
                started.add(job);
                return TaskHandle.DONE;
            }

            @Override
            public void close() {
            }
        };
        NewestRequest requests = new NewestRequest(late);
        Job<String> first = requests.job(context -> "first");
        first.onSuccess(shown::add).start();
        Job<String> second = requests.job(context -> "second");
        second.onSuccess(shown::add).start();

        first.succeeded("first");
        second.succeeded("second");

        assertThat(shown).containsExactly("second");
        assertThat(started).hasSize(2);
    }

    @Test
    void cancelSilencesTheRunningJob() {
        ask("only");

        newest.cancel();

        assertThat(runner.pendingCount()).isZero();
        assertThat(shown).isEmpty();
    }

    @Test
    void failuresOfTheNewestRequestStillArrive() {
        newest.job(context -> {
            throw new IllegalStateException("boom");
        }).onFailure(error -> shown.add("failed " + error.getMessage())).start();

        runner.runAll();

        assertThat(shown).containsExactly("failed boom");
    }
}
