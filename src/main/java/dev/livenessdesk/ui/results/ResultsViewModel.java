package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.FollowedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionFollower;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.ui.common.Delayer;
import dev.livenessdesk.ui.common.ErrorExplanation;
import dev.livenessdesk.ui.common.NewestRequest;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Follows one session's results on the Result tab: asks GetFaceLivenessSessionResults until a final status or
 * Stop, waiting as the {@link SessionFollower} decides. What an answer shows ({@link #shown()}), the Look up
 * field ({@link #sessionLookUp()}), the verdict ({@link #verdict()}) and the pictures ({@link #pictures()}) are
 * models of their own; the history writes happen in {@link RecordingResultsCall}. Every method runs on the FX thread; blocking calls go through the
 * TaskRunner.
 */
public final class ResultsViewModel {

    private final Delayer delayer;
    private final RecordingResultsCall call;
    private final NewestRequest asking;
    private final SessionFollower follower = new SessionFollower();
    private final VerdictViewModel verdict = new VerdictViewModel();
    private final ResultPicturesViewModel pictures;
    private final ResultReading reading = new ResultReading(verdict.passMarkProperty());
    private final PassMarkPresets presets = new PassMarkPresets(verdict.passMarkProperty());
    private final ShownResults shown = new ShownResults();
    private final SessionLookUp sessionLookUp;

    private final ObjectProperty<ConnectionSettings> connection = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FollowedSession> followed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sessionId = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper callOut = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pollingNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ServiceError> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper historyProblem = new ReadOnlyStringWrapper("");

    private Consumer<HistoryEntry> onHistoryChanged = entry -> { };
    private boolean recordFirst;
    // The session's AuditImagesLimit: from the session created here, or its history entry; unknown otherwise.
    private OptionalInt requestedAudits = OptionalInt.empty();
    private TaskHandle wait = TaskHandle.DONE;

    /**
     * @param sessionsFor the Face Liveness port of a connection, e.g. {@code backend::livenessSessions}
     * @param imagesFor   the image store of a connection, e.g. {@code backend::imageStore}; asked only for S3 images
     */
    public ResultsViewModel(TaskRunner tasks, Delayer delayer, SessionHistoryStore history,
                            Function<ConnectionSettings, LivenessSessions> sessionsFor,
                            Function<ConnectionSettings, ImageStore> imagesFor) {
        this.delayer = Objects.requireNonNull(delayer, "delayer");
        this.call = new RecordingResultsCall(history, sessionsFor);
        this.asking = new NewestRequest(tasks);
        this.pictures = new ResultPicturesViewModel(tasks, imagesFor);
        this.sessionLookUp = new SessionLookUp(connection::get, this::follow);
    }

    // ---- what the user (or the main window) does ----

    /** Follows a session just created here: records it in the history, then polls its results. */
    public void follow(ConnectionSettings sessionConnection, CreatedSession created) {
        start(FollowedSession.created(sessionConnection, created));
    }

    /** Follows any session id (a look-up or a reopened history entry); only ids in the history are noted there. */
    public void follow(ConnectionSettings sessionConnection, String id) {
        start(FollowedSession.lookedUp(sessionConnection, id));
    }

    /** Stops polling; what was shown stays. */
    public void stop() {
        if (!following.get()) {
            return;
        }
        halt();
        pollingNote.set(ResultsText.get("polling.stopped"));
    }

    /** Asks once more now and goes on following (after Stop, an error, or to skip a wait). */
    public void checkNow() {
        if (followed.get() == null) {
            return;
        }
        halt();
        follower.restart();
        following.set(true);
        poll();
    }

    /** Called on the FX thread whenever a poll wrote to the history, to refresh a history list. */
    public void setOnHistoryChanged(Consumer<HistoryEntry> listener) {
        this.onHistoryChanged = Objects.requireNonNull(listener);
    }

    /** Stops every call and timer; for closing the window. */
    public void dispose() {
        halt();
        pictures.dispose();
    }

    // ---- polling ----

    private void start(FollowedSession session) {
        halt();
        followed.set(Objects.requireNonNull(session, "session"));
        recordFirst = session.created().isPresent();
        requestedAudits = session.created().map(created -> OptionalInt.of(created.settings().auditImagesLimit()))
                .orElse(OptionalInt.empty());
        follower.restart();
        clearShown();
        sessionId.set(session.sessionId());
        following.set(true);
        poll();
    }

    private void halt() {
        asking.cancel();
        wait.cancel();
        wait = TaskHandle.DONE;
        following.set(false);
        callOut.set(false);
    }

    private void poll() {
        FollowedSession session = followed.get();
        boolean recordNow = recordFirst;
        callOut.set(true);
        asking.job(context -> call.ask(session, recordNow))
                .onSuccess(this::answered)
                .onFailure(this::failed)
                .onCancelled(() -> callOut.set(false))
                .start();
    }

    private void answered(RecordingResultsCall.Answer answer) {
        callOut.set(false);
        if (answer.recorded()) {
            recordFirst = false;
        }
        historyProblem.set(answer.problem().orElse(""));
        error.set(null);
        answer.entry().ifPresent(entry -> requestedAudits = OptionalInt.of(entry.auditImagesLimit()));
        show(answer.results());
        answer.entry().ifPresent(onHistoryChanged);
        goOn(follower.afterAnswer(answer.results()));
    }

    private void failed(Throwable failure) {
        callOut.set(false);
        ServiceError explained = ErrorExplanation.of(failure);
        error.set(explained);
        goOn(follower.afterFailure(explained.kind()));
    }

    private void goOn(SessionFollower.Next next) {
        pollingNote.set(PollingNote.of(next));
        if (next.waitBefore().isEmpty()) {
            following.set(false);
            return;
        }
        wait = delayer.schedule(next.waitBefore().get(), this::poll);
    }

    // ---- what is shown ----

    private void clearShown() {
        shown.clear();
        error.set(null);
        historyProblem.set("");
        pollingNote.set("");
        pictures.clear();
        verdict.show(null);
        reading.show(null, OptionalInt.empty());
    }

    private void show(SessionResults answer) {
        shown.show(answer);
        verdict.show(answer);
        reading.show(answer, requestedAudits);
        pictures.show(answer, followed.get().connection());
    }

    // ---- properties ----

    /** The latest answer's status, confidence and challenge, in words. */
    public ShownResults shown() {
        return shown;
    }

    /** The Look up field: the typed id and its check; follows it with the {@link #connectionProperty()}. */
    public SessionLookUp sessionLookUp() {
        return sessionLookUp;
    }

    /** The verdict against the pass mark. */
    public VerdictViewModel verdict() {
        return verdict;
    }

    /** Why the shown check scored as it did, who ran it, and what came back. */
    public ResultReading reading() {
        return reading;
    }

    /** The pass-mark presets, sharing the verdict's pass mark. */
    public PassMarkPresets presets() {
        return presets;
    }

    /** The reference and audit pictures of the followed session. */
    public ResultPicturesViewModel pictures() {
        return pictures;
    }

    /** The connection Look up uses; bind it to the connection the user chose. */
    public ObjectProperty<ConnectionSettings> connectionProperty() {
        return connection;
    }

    /** The session followed, with the connection it was followed in; null before the first. */
    public ReadOnlyObjectProperty<FollowedSession> followedProperty() {
        return followed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionIdProperty() {
        return sessionId.getReadOnlyProperty();
    }

    /** The latest answer, or null before the first (the same as {@code shown().resultsProperty()}). */
    public ReadOnlyObjectProperty<SessionResults> resultsProperty() {
        return shown.resultsProperty();
    }

    /** The latest answer's status (the same as {@code shown().statusProperty()}). */
    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return shown.statusProperty();
    }

    /** True while polling goes on (asking or waiting to ask again). */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** True while a results call is out. */
    public ReadOnlyBooleanProperty askingProperty() {
        return callOut.getReadOnlyProperty();
    }

    /** "Checking again in 3 s", "throttled, waiting 8 s", "Final status: no more checks". */
    public ReadOnlyStringProperty pollingNoteProperty() {
        return pollingNote.getReadOnlyProperty();
    }

    /** The last call's failure, for the error panel; null after an answer. */
    public ReadOnlyObjectProperty<ServiceError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the history could not be written, when it could not. */
    public ReadOnlyStringProperty historyProblemProperty() {
        return historyProblem.getReadOnlyProperty();
    }
}
