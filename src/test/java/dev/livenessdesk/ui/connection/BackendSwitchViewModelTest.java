package dev.livenessdesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.ui.common.DeferredTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bar's switch without a window: when it asks, what it says when it stays, and one opening at a time. */
class BackendSwitchViewModelTest {

    private final DeferredTaskRunner tasks = new DeferredTaskRunner();
    private final List<String> asked = new ArrayList<>();
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicInteger entered = new AtomicInteger();

    private BackendSwitch opening(Optional<BackendSwitch.Opened> result) {
        return () -> {
            opens.incrementAndGet();
            return result;
        };
    }

    private final BackendSwitch.Opened enter = entered::incrementAndGet;

    private BackendSwitchViewModel model(BackendSwitch backendSwitch, boolean sandbox, boolean answer,
                                         boolean atStake) {
        return new BackendSwitchViewModel(backendSwitch, sandbox, tasks, (question, consequence, accept) -> {
            asked.add(question + " | " + consequence + " | " + accept);
            return answer;
        }, () -> atStake);
    }

    @Test
    void withNothingAtStakeItSwitchesWithoutAsking() {
        BackendSwitchViewModel model = model(opening(Optional.of(enter)), true, false, false);

        model.switchNow();
        assertThat(model.switchingProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isEqualTo("Looking for your AWS setup\u2026");
        tasks.runAll();

        assertThat(asked).isEmpty();
        assertThat(entered).hasValue(1);
        assertThat(model.switchingProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aNoToTheQuestionOpensNothing() {
        BackendSwitchViewModel model = model(opening(Optional.of(enter)), false, false, true);

        model.switchNow();
        tasks.runNext(); // the sandbox is always there to open

        assertThat(asked).singleElement().asString().startsWith("Switch to the sandbox? | ")
                .endsWith(" | Switch to the sandbox");
        assertThat(tasks.pendingCount()).isZero();
        assertThat(opens).hasValue(0);
        assertThat(model.switchingProperty().get()).isFalse();
    }

    @Test
    void withoutAnAwsSetupItSaysWhatToSetUpAndCanBePressedAgain() {
        BackendSwitchViewModel model = model(opening(Optional.empty()), true, true, false);

        model.switchNow();
        tasks.runAll();

        assertThat(entered).hasValue(0);
        assertThat(model.switchingProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("no AWS setup").contains("\u201caws configure\u201d")
                .contains("\u201caws configure sso\u201d").contains("press Use AWS again")
                .contains(dev.livenessdesk.core.files.UserHome.awsConfigShown()).doesNotContain("{0}", "{1}");
        model.switchNow();
        assertThat(tasks.pendingCount()).isEqualTo(1);
    }

    @Test
    void withoutAnAwsSetupNothingIsSaidAboutLosingTheSandboxSessionsAndTheNoteSaysWhy() {
        BackendSwitch noSetup = new BackendSwitch() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public Optional<Opened> open() {
                opens.incrementAndGet();
                return Optional.empty();
            }
        };
        // Sessions made in the sandbox would be lost by a switch: but no switch can happen.
        BackendSwitchViewModel model = model(noSetup, true, true, true);

        model.switchNow();
        tasks.runAll();

        assertThat(asked).as("no warning about the sandbox's sessions").isEmpty();
        assertThat(opens).hasValue(0);
        assertThat(model.switchingProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Still in the sandbox: this computer has no AWS setup");
    }

    @Test
    void withAnAwsSetupAndSandboxSessionsItWarnsThenSwitches() {
        BackendSwitchViewModel model = model(opening(Optional.of(enter)), true, true, true);

        model.switchNow();
        tasks.runAll();

        assertThat(asked).singleElement().asString().startsWith("Switch to AWS? | The sandbox\u2019s sessions");
        assertThat(entered).hasValue(1);
    }

    @Test
    void aFailureToOpenIsSaidInWordsAndTheWindowStays() {
        BackendSwitchViewModel model = model(() -> {
            throw new ServiceException(ServiceError.of(ErrorKind.UNKNOWN, "The data folder cannot be read.",
                    "Check its permissions."));
        }, true, true, false);

        model.switchNow();
        tasks.runAll();

        assertThat(model.problemProperty().get()).isEqualTo(
                "The switch did not happen: The data folder cannot be read. Check its permissions.");
        assertThat(model.switchingProperty().get()).isFalse();
    }

    @Test
    void aSecondPressWhileOpeningDoesNothing() {
        BackendSwitchViewModel model = model(opening(Optional.of(enter)), true, true, true);

        model.switchNow();
        model.switchNow();
        tasks.runAll();

        assertThat(asked).hasSize(1);
        assertThat(opens).hasValue(1);
        assertThat(entered).hasValue(1);
    }

    @Test
    void noSwitchIsOfferedWhereThereIsNone() {
        BackendSwitchViewModel model = model(BackendSwitch.NONE, true, true, true);

        model.switchNow();

        assertThat(model.offered()).isFalse();
        assertThat(asked).isEmpty();
        assertThat(tasks.pendingCount()).isZero();
    }
}
