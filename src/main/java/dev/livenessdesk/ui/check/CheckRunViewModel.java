package dev.livenessdesk.ui.check;

import dev.livenessdesk.core.check.CheckOutcome;
import dev.livenessdesk.core.check.CheckPage;
import dev.livenessdesk.core.check.CheckRoleMissing;
import dev.livenessdesk.core.check.CheckRuns;
import dev.livenessdesk.core.check.CheckWords;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.ui.common.Browser;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Run the check here": serves the check page for one session at a time, opens the browser on it, and says in
 * words how the check ended; whoever follows the session hears of the end at once. One for the whole window, so
 * the form's button and the Result tab's show the same state.
 */
public final class CheckRunViewModel {

    private final TaskRunner tasks;
    private final CheckRuns runs;
    private final Browser browser;
    private final HandOverConfirmation handOver;
    private final Executor fxThread;
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(this, "starting");
    private final ReadOnlyBooleanWrapper serving = new ReadOnlyBooleanWrapper(this, "serving");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper(this, "address", "");
    private final ReadOnlyStringWrapper sessionId = new ReadOnlyStringWrapper(this, "sessionId", "");
    private final ReadOnlyObjectWrapper<CheckOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final javafx.beans.property.ObjectProperty<CheckTarget> target =
            new javafx.beans.property.SimpleObjectProperty<>(this, "target");
    private Consumer<CheckOutcome> onEnded = ended -> { };
    private CheckPage page;
    /** A page closed because its session ended without it: its own "closed" end is not reported. */
    private CheckPage closedAtSessionEnd;
    private boolean disposed;

    /** @param fxThread where the page's end is reported (Platform::runLater; tests run it in place) */
    public CheckRunViewModel(TaskRunner tasks, CheckRuns runs, Browser browser, HandOverConfirmation handOver,
                             Executor fxThread) {
        this.tasks = Objects.requireNonNull(tasks);
        this.runs = Objects.requireNonNull(runs);
        this.browser = Objects.requireNonNull(browser);
        this.handOver = Objects.requireNonNull(handOver);
        this.fxThread = Objects.requireNonNull(fxThread);
    }

    /** Called on the FX thread when a page's check ended, however it ended. */
    public void setOnEnded(Consumer<CheckOutcome> callback) {
        this.onEnded = Objects.requireNonNull(callback);
    }

    /** Why the check cannot run on this computer (the build lacked Node.js), in words; empty when it can. */
    public Optional<String> unavailableReason() {
        return runs.unavailableReason();
    }

    /** Serves the page for a CREATED session and opens the browser on it; a page served before is closed. */
    public void run(ConnectionSettings connection, String id, Optional<Instant> createdAt) {
        if (starting.get() || connection == null || id == null || id.isBlank()) {
            return;
        }
        Optional<String> missing = runs.unavailableReason();
        if (missing.isPresent()) {
            message.set(missing.get());
            return;
        }
        stop();
        start(connection, id, createdAt, false);
    }

    /** The session a "Run the check here" button acts on (null: none is CREATED); the screens set it. */
    public javafx.beans.property.ObjectProperty<CheckTarget> targetProperty() {
        return target;
    }

    /** Runs the check for the current target. */
    public void runTarget() {
        CheckTarget current = target.get();
        if (current != null) {
            run(current.connection(), current.sessionId(), current.createdAt());
        }
    }

    /** Stops serving the page (the browser tab then says the desk no longer serves it). */
    public void stop() {
        if (page != null) {
            page.close();
            page = null;
            address.set("");
        }
    }

    /**
     * The session ended without the page (the sandbox's Play the check, another device, the 3 minutes ran out):
     * its page is no longer served, and the strip says why. A page for another session is left alone.
     */
    public void sessionEnded(String id, String status) {
        if (page != null && page.sessionId().equals(id)) {
            closedAtSessionEnd = page;
            stop();
            message.set(CheckRunWords.get("message.sessionEnded", status));
        }
    }

    public ReadOnlyBooleanProperty startingProperty() {
        return starting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty servingProperty() {
        return serving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The served page's full address while it is served (to open by hand or copy), else empty. */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** Puts the served page's full address on the clipboard. */
    public void copyAddress(ClipboardService clipboard) {
        if (!address.get().isEmpty()) {
            clipboard.copyText(address.get());
        }
    }

    /** The session whose page is or was served last. */
    public ReadOnlyStringProperty sessionIdProperty() {
        return sessionId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CheckOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Closes the page; an end reported after this is ignored (the screens are gone). */
    public void dispose() {
        disposed = true;
        stop();
    }

    private void start(ConnectionSettings connection, String id, Optional<Instant> createdAt, boolean handingOver) {
        starting.set(true);
        sessionId.set(id);
        outcome.set(null);
        message.set(CheckRunWords.get("message.starting"));
        tasks.job(context -> runs.start(connection, id, createdAt, handingOver)).onSuccess(started -> {
            starting.set(false);
            opened(started);
        }).onFailure(error -> {
            starting.set(false);
            if (error instanceof CheckRoleMissing missing && !handingOver
                    && handOver.confirm(missing.error().message(), CheckWords.get("role.handOver.warning"))) {
                start(connection, id, createdAt, true);
                return;
            }
            message.set(error instanceof ServiceException failed ? failed.error().fullText()
                    : CheckRunWords.get("message.failed", String.valueOf(error.getMessage())));
        }).onCancelled(() -> {
            starting.set(false);
            message.set("");
        }).start();
    }

    private void opened(CheckPage started) {
        page = started;
        serving.set(true);
        address.set(started.address().toString());
        message.set(CheckRunWords.get("message.opening"));
        browser.openInBackground(tasks, started.address(), () -> {
            if (page == started) {
                message.set(CheckRunWords.get("message.open"));
            }
        }, notOpened -> {
            if (page == started) {
                message.set(notOpened);
            }
        });
        started.outcome().whenComplete((ended, failure) -> fxThread.execute(() -> ended(started, ended)));
    }

    private void ended(CheckPage ended, CheckOutcome how) {
        if (disposed) {
            return;
        }
        if (page == ended) {
            page = null;
        }
        if (page == null) {
            serving.set(false);
            address.set("");
        }
        if (ended == closedAtSessionEnd) {
            // Closed because the session ended elsewhere: the strip already says so, the result is in.
            closedAtSessionEnd = null;
            return;
        }
        if (how == null || !ended.sessionId().equals(sessionId.get())) {
            return;
        }
        outcome.set(how);
        // The page's "Done: see Liveness Desk." sends the person back here; the desk itself says what happened.
        message.set(how.kind() == CheckOutcome.Kind.COMPLETED ? CheckRunWords.get("message.completed") : how.words());
        onEnded.accept(how);
    }
}
