package dev.livenessdesk.ui.sandbox;

import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.session.CheckOutcome;
import dev.livenessdesk.core.session.CheckSimulator;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The sandbox's stand-in for the person doing the video check: moves the followed session to IN_PROGRESS or to a
 * completed check with drawn images, then asks the results to look again. Only offered by the offline sandbox.
 */
public final class SimulationViewModel {

    static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.livenessdesk.ui.sandbox.Simulation");

    private final TaskRunner tasks;
    private final CheckSimulator simulator;
    private final Runnable afterSimulation;
    private final StringProperty sessionId = new SimpleStringProperty(this, "sessionId", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty finished = new SimpleBooleanProperty(this, "finished");

    public SimulationViewModel(TaskRunner tasks, CheckSimulator simulator, Runnable afterSimulation) {
        this.tasks = Objects.requireNonNull(tasks);
        this.simulator = Objects.requireNonNull(simulator);
        this.afterSimulation = Objects.requireNonNull(afterSimulation);
        // What was played belongs to the session it was played on: another session starts with an empty line.
        sessionId.addListener((obs, old, now) -> {
            if (!busy.get()) {
                message.set("");
            }
        });
    }

    /** True once the session has ended (its status is final): nothing can be played on it any more. */
    public BooleanProperty finishedProperty() {
        return finished;
    }

    /** The session the buttons act on: the one the results pane follows. */
    public StringProperty sessionIdProperty() {
        return sessionId;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * True while there is nothing to act on: no session, or one that has ended. Not while a play runs (a second
     * press is ignored): a button disabled under the pointer sends the keyboard focus elsewhere.
     */
    public BooleanBinding actionsDisabled() {
        return Bindings.createBooleanBinding(() -> finished.get() || sessionId.get() == null
                || sessionId.get().isBlank(), finished, sessionId);
    }

    public void simulateStarted() {
        run(id -> simulator.simulateCheckStarted(id), "message.started");
    }

    public void simulateCompleted(CheckOutcome outcome) {
        run(id -> simulator.simulateCompletedCheck(id, outcome), "message." + outcome.name());
    }

    private void run(Simulation simulation, String doneKey) {
        String id = sessionId.get();
        if (id == null || id.isBlank() || busy.get()) {
            return;
        }
        busy.set(true);
        message.set(TEXT.getString("message.working"));
        tasks.job(context -> {
            simulation.apply(id);
            return id;
        }).onSuccess(done -> {
            busy.set(false);
            message.set(TEXT.getString(doneKey));
            afterSimulation.run();
        }).onFailure(error -> {
            busy.set(false);
            message.set(ServiceException.errorIn(error).map(ServiceError::fullText)
                    .orElse(TEXT.getString("message.failed")));
        }).onCancelled(() -> {
            busy.set(false);
            message.set("");
        }).start();
    }

    @FunctionalInterface
    private interface Simulation {
        void apply(String sessionId) throws ServiceException;
    }
}
