package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.core.verdict.ScoreAgainstMark;
import dev.livenessdesk.ui.common.Delayer;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Follows one session's results: polls GetFaceLivenessSessionResults with backoff until a final status or Stop,
 * shows status, confidence against the user's pass mark, the challenge, and the images; notes every answer in
 * the history. Every method runs on the FX thread; blocking calls go through the TaskRunner.
 */
public final class ResultsViewModel {

    public static final int DEFAULT_PASS_THRESHOLD = 80;
    // Transient failures worth waiting out; anything else needs the user.
    private static final Set<ErrorKind> PASSING = Set.of(ErrorKind.THROTTLED, ErrorKind.NETWORK,
            ErrorKind.SERVICE_ERROR);

    /** Whether the confidence reaches the pass mark; NONE until a check ran. */
    public enum Verdict { NONE, PASS, FAIL }

    private final TaskRunner tasks;
    private final Delayer delayer;
    private final SessionHistoryStore history;
    private final Function<ConnectionSettings, LivenessSessions> sessionsFor;
    private final Function<ConnectionSettings, ImageStore> imagesFor;
    private final PollBackoff backoff = new PollBackoff();

    private final ObjectProperty<ConnectionSettings> connection = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper sessionId = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SessionResults> results = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SessionStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusExplanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confidenceText = new ReadOnlyStringWrapper("");
    private final IntegerProperty passThreshold = new SimpleIntegerProperty(DEFAULT_PASS_THRESHOLD);
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(Verdict.NONE);
    private final ReadOnlyStringWrapper verdictText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper challengeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pollingNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper historyProblem = new ReadOnlyStringWrapper("");
    private final StringProperty lookUpId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper lookUpProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<S3Location>> resultLocations = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<ResultPicture> pictures = FXCollections.observableArrayList();
    private final ObservableList<ResultPicture> picturesView = FXCollections.unmodifiableObservableList(pictures);
    private final ReadOnlyObjectWrapper<ResultPicture> referencePicture = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ResultPicture> shownPicture = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loadingImages = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper imagesNote = new ReadOnlyStringWrapper("");
    private final BooleanProperty showFaceBox = new SimpleBooleanProperty(true);
    private final ResultReading reading = new ResultReading(passThreshold);
    private final PassMarkPresets presets = new PassMarkPresets(passThreshold);
    // The session's AuditImagesLimit: from the session created here, or its history entry; unknown otherwise.
    private OptionalInt requestedAudits = OptionalInt.empty();

    private Consumer<HistoryEntry> onHistoryChanged = entry -> { };
    private ConnectionSettings followedConnection;
    private CreatedSession toRecord;
    private long generation;
    private TaskHandle call = TaskHandle.DONE;
    private TaskHandle wait = TaskHandle.DONE;
    private TaskHandle imageLoad = TaskHandle.DONE;
    private boolean imagesShown;

    /**
     * @param sessionsFor the Face Liveness port of a connection, e.g. {@code backend::livenessSessions}
     * @param imagesFor   the image store of a connection, e.g. {@code backend::imageStore}; asked only for S3 images
     */
    public ResultsViewModel(TaskRunner tasks, Delayer delayer, SessionHistoryStore history,
                            Function<ConnectionSettings, LivenessSessions> sessionsFor,
                            Function<ConnectionSettings, ImageStore> imagesFor) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.delayer = Objects.requireNonNull(delayer, "delayer");
        this.history = Objects.requireNonNull(history, "history");
        this.sessionsFor = Objects.requireNonNull(sessionsFor, "sessionsFor");
        this.imagesFor = Objects.requireNonNull(imagesFor, "imagesFor");
        passThreshold.addListener((obs, old, mark) -> updateVerdict());
        lookUpId.addListener((obs, old, text) -> lookUpProblem.set(""));
    }

    // ---- what the user (or the main window) does ----

    /** Follows a session just created here: records it in the history, then polls its results. */
    public void follow(ConnectionSettings sessionConnection, CreatedSession created) {
        start(sessionConnection, created.sessionId(), created);
    }

    /** Follows any session id (a look-up or a reopened history entry); only ids in the history are noted there. */
    public void follow(ConnectionSettings sessionConnection, String id) {
        start(sessionConnection, id, null);
    }

    /** Checks the typed id's format, then follows it with the current {@link #connectionProperty() connection}. */
    public void lookUp() {
        String id = SessionIds.normalize(lookUpId.get());
        if (id.isEmpty()) {
            lookUpProblem.set(ResultsText.get("lookUp.empty"));
        } else if (!SessionIds.isValid(id)) {
            lookUpProblem.set(SessionIds.invalidMessage(lookUpId.get().strip()));
        } else if (connection.get() == null) {
            lookUpProblem.set(ResultsText.get("lookUp.noConnection"));
        } else {
            lookUpId.set(id);
            follow(connection.get(), id);
        }
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
        if (followedConnection == null || sessionId.get().isEmpty()) {
            return;
        }
        wait.cancel();
        call.cancel();
        generation++;
        backoff.reset();
        following.set(true);
        poll(generation);
    }

    /** Called on the FX thread whenever a poll wrote to the history, to refresh a history list. */
    public void setOnHistoryChanged(Consumer<HistoryEntry> listener) {
        this.onHistoryChanged = Objects.requireNonNull(listener);
    }

    /** Stops every call and timer; for closing the window. */
    public void dispose() {
        halt();
        imageLoad.cancel();
    }

    // ---- polling ----

    private void start(ConnectionSettings sessionConnection, String id, CreatedSession created) {
        halt();
        imageLoad.cancel();
        followedConnection = Objects.requireNonNull(sessionConnection, "connection");
        toRecord = created;
        requestedAudits = created == null ? OptionalInt.empty()
                : OptionalInt.of(created.settings().auditImagesLimit());
        backoff.reset();
        clearShown();
        sessionId.set(id);
        following.set(true);
        poll(generation);
    }

    private void halt() {
        generation++;
        call.cancel();
        wait.cancel();
        following.set(false);
        asking.set(false);
    }

    private void poll(long expected) {
        String id = sessionId.get();
        ConnectionSettings where = followedConnection;
        CreatedSession recordFirst = toRecord;
        asking.set(true);
        call = tasks.job(context -> ask(where, id, recordFirst))
                .onSuccess(answer -> {
                    if (expected == generation) {
                        answered(answer, expected);
                    }
                })
                .onFailure(failure -> {
                    if (expected == generation) {
                        failed(failure, expected);
                    }
                })
                .onCancelled(() -> {
                    if (expected == generation) {
                        asking.set(false);
                    }
                })
                .start();
    }

    /** Off the FX thread: the history write never stops the results from showing. */
    private Answer ask(ConnectionSettings where, String id, CreatedSession recordFirst) throws ServiceException {
        String problem = null;
        boolean recorded = false;
        if (recordFirst != null) {
            try {
                history.add(recordFirst, where.profile());
                recorded = true;
            } catch (IOException e) {
                problem = ResultsText.get("history.notSaved", e.getMessage());
            }
        }
        SessionResults answer = sessionsFor.apply(where).results(id);
        Optional<HistoryEntry> entry = Optional.empty();
        try {
            entry = history.updateResult(id, answer);
        } catch (IOException e) {
            problem = ResultsText.get("history.notSaved", e.getMessage());
        }
        return new Answer(answer, entry, recorded, problem);
    }

    private record Answer(SessionResults results, Optional<HistoryEntry> entry, boolean recorded, String problem) {
    }

    private void answered(Answer answer, long expected) {
        asking.set(false);
        if (answer.recorded()) {
            toRecord = null;
        }
        historyProblem.set(answer.problem() == null ? "" : answer.problem());
        errorMessage.set("");
        errorDetails.set("");
        answer.entry().ifPresent(entry -> requestedAudits = OptionalInt.of(entry.auditImagesLimit()));
        show(answer.results());
        answer.entry().ifPresent(onHistoryChanged);
        if (answer.results().status().isFinal()) {
            following.set(false);
            pollingNote.set(ResultsText.get("polling.final"));
        } else {
            waitThenPoll(backoff.afterAnswer(), "polling.next", expected);
        }
    }

    private void failed(Throwable failure, long expected) {
        asking.set(false);
        Optional<ServiceError> error = failure instanceof ServiceException service
                ? Optional.of(service.error()) : Optional.empty();
        ErrorKind kind = error.map(ServiceError::kind).orElse(ErrorKind.UNKNOWN);
        errorMessage.set(error.map(ServiceError::fullText)
                .orElseGet(() -> ResultsText.get("error.unexpected", String.valueOf(failure.getMessage()))));
        errorDetails.set(error.map(ServiceError::ticketDetails).orElse(""));
        if (kind == ErrorKind.THROTTLED) {
            waitThenPoll(backoff.afterThrottle(), "polling.throttled", expected);
        } else if (PASSING.contains(kind)) {
            waitThenPoll(backoff.afterThrottle(), "polling.retrying", expected);
        } else {
            following.set(false);
            pollingNote.set(ResultsText.get("polling.gaveUp"));
        }
    }

    private void waitThenPoll(Duration delay, String noteKey, long expected) {
        pollingNote.set(ResultsText.get(noteKey, seconds(delay)));
        wait = delayer.schedule(delay, () -> {
            if (expected == generation) {
                poll(expected);
            }
        });
    }

    // ---- what is shown ----

    private void clearShown() {
        results.set(null);
        status.set(null);
        statusText.set("");
        statusExplanation.set("");
        confidenceText.set("");
        challengeText.set("");
        errorMessage.set("");
        errorDetails.set("");
        historyProblem.set("");
        pollingNote.set("");
        resultLocations.set(List.of());
        pictures.clear();
        referencePicture.set(null);
        shownPicture.set(null);
        imagesNote.set("");
        loadingImages.set(false);
        imagesShown = false;
        reading.show(null, OptionalInt.empty());
        updateVerdict();
    }

    private void show(SessionResults answer) {
        results.set(answer);
        status.set(answer.status());
        statusText.set(answer.displayStatus());
        statusExplanation.set(answer.status() == SessionStatus.UNKNOWN
                ? ResultsText.get("status.UNKNOWN", answer.rawStatus())
                : ResultsText.get("status." + answer.status().name()));
        confidenceText.set(answer.confidence().map(c -> ResultsText.get("confidence.value", c)).orElse(""));
        challengeText.set(answer.challengeType()
                .map(type -> answer.challengeVersion().map(v -> ResultsText.get("challenge.value", type, v))
                        .orElse(type))
                .orElse(""));
        reading.show(answer, requestedAudits);
        updateVerdict();
        showImages(answer);
    }

    private void updateVerdict() {
        Optional<ScoreAgainstMark> judged = ScoreAgainstMark.of(results.get(), passThreshold.get());
        verdict.set(judged.map(j -> j.passed() ? Verdict.PASS : Verdict.FAIL).orElse(Verdict.NONE));
        verdictText.set(judged.map(ScoreAgainstMark::text).orElse(""));
    }

    private void showImages(SessionResults answer) {
        List<ResultImage> all = Stream.concat(answer.referenceImage().stream(), answer.auditImages().stream())
                .toList();
        resultLocations.set(all.stream().flatMap(image -> image.s3Object().stream()).toList());
        if (all.isEmpty() || imagesShown) {
            return;
        }
        imagesShown = true;
        ConnectionSettings where = followedConnection;
        ResultImagesLoader loader = new ResultImagesLoader(() -> imagesFor.apply(where));
        loadingImages.set(true);
        imageLoad = tasks.job(context -> loader.load(answer, context))
                .onSuccess(loaded -> {
                    if (answer.sessionId().equals(sessionId.get())) {
                        pictures.setAll(loaded);
                        referencePicture.set(loaded.stream()
                                .filter(p -> p.kind() == ImageKind.REFERENCE)
                                .findFirst().orElse(null));
                        shownPicture.set(referencePicture.get() != null ? referencePicture.get()
                                : loaded.stream().findFirst().orElse(null));
                        loadingImages.set(false);
                    }
                })
                .onFailure(failure -> {
                    loadingImages.set(false);
                    // Let the next answer (a poll or Check now) try the images again.
                    imagesShown = false;
                    imagesNote.set(ResultsText.get("images.failed", String.valueOf(failure.getMessage())));
                })
                .onCancelled(() -> loadingImages.set(false))
                .start();
    }

    private static String seconds(Duration delay) {
        long millis = delay.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f",
                millis / 1000.0);
    }

    // ---- properties ----

    /** The connection Look up uses; bind it to the connection the user chose. */
    public ObjectProperty<ConnectionSettings> connectionProperty() {
        return connection;
    }

    public ReadOnlyStringProperty sessionIdProperty() {
        return sessionId.getReadOnlyProperty();
    }

    /** The latest answer, or null before the first. */
    public ReadOnlyObjectProperty<SessionResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status as the service sent it (a raw string for one this version does not know). */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusExplanationProperty() {
        return statusExplanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confidenceTextProperty() {
        return confidenceText.getReadOnlyProperty();
    }

    /** The pass mark, 0..100, that the confidence must reach. */
    public IntegerProperty passThresholdProperty() {
        return passThreshold;
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictTextProperty() {
        return verdictText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty challengeTextProperty() {
        return challengeText.getReadOnlyProperty();
    }

    /** True while polling goes on (asking or waiting to ask again). */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** True while a results call is out. */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** "Checking again in 3 s", "throttled, waiting 8 s", "Final status: no more checks". */
    public ReadOnlyStringProperty pollingNoteProperty() {
        return pollingNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** Code, HTTP status and request id of the last error, for a ticket. */
    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    /** Why the history could not be written, when it could not. */
    public ReadOnlyStringProperty historyProblemProperty() {
        return historyProblem.getReadOnlyProperty();
    }

    public StringProperty lookUpIdProperty() {
        return lookUpId;
    }

    /** What is wrong with the typed id, shown next to the field. */
    public ReadOnlyStringProperty lookUpProblemProperty() {
        return lookUpProblem.getReadOnlyProperty();
    }

    /** The S3 objects the results name (authoritative keys), for the viewer; empty when images came as bytes. */
    public ReadOnlyObjectProperty<List<S3Location>> resultLocationsProperty() {
        return resultLocations.getReadOnlyProperty();
    }

    /** Reference first, then audits in order. */
    public ObservableList<ResultPicture> pictures() {
        return picturesView;
    }

    public ReadOnlyObjectProperty<ResultPicture> referencePictureProperty() {
        return referencePicture.getReadOnlyProperty();
    }

    /** The picture shown large: the reference once loaded, or the thumbnail the user picked. */
    public ObjectProperty<ResultPicture> shownPictureProperty() {
        return shownPicture;
    }

    public ReadOnlyBooleanProperty loadingImagesProperty() {
        return loadingImages.getReadOnlyProperty();
    }

    /** Why images are missing or could not load. */
    public ReadOnlyStringProperty imagesNoteProperty() {
        return imagesNote.getReadOnlyProperty();
    }

    public BooleanProperty showFaceBoxProperty() {
        return showFaceBox;
    }

    /** Why the shown check scored as it did, who ran it, and what came back. */
    public ResultReading reading() {
        return reading;
    }

    /** The pass-mark presets, sharing {@link #passThresholdProperty()}. */
    public PassMarkPresets presets() {
        return presets;
    }
}
