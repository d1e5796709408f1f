package dev.livenessdesk.ui.activity;

import dev.livenessdesk.core.DeskVersion;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.ReadProgress;
import dev.livenessdesk.core.activity.SessionTimeline;
import dev.livenessdesk.core.activity.SupportText;
import dev.livenessdesk.core.activity.TrailEvent;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.ShownTime;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One session's timeline: its CloudTrail events of the last 7 days in order, in words (the service's own text
 * kept), what S3 holds for it and its results while the service still has them; and the text for AWS Support.
 */
public final class TimelineViewModel {

    /** How far back a timeline looks for a session's events. */
    static final String LOOK_BACK = "7d";

    /** One line of the timeline: when, what in words, and the record as CloudTrail sent it (for the hover). */
    public record Line(String time, String words, String record) {
    }

    /** The parts of a session a timeline is built from, found off the FX thread. */
    record Parts(SessionTimeline timeline, List<StoredImage> objects, Optional<String> s3Note, String results,
                 Optional<Duration> clockOffset) {
    }

    /**
     * Where a timeline's parts come from: the connection in use when it is opened. {@code clockOffset} measures
     * this computer's clock against AWS's (empty: not measured), called off the FX thread.
     */
    public record Sources(Supplier<Optional<TrailEvents>> trail, Supplier<ImageStore> images,
                          Supplier<LivenessSessions> sessions, Supplier<String> region,
                          Supplier<Optional<Duration>> clockOffset) {
    }

    /** Who erases the session a timeline shows: the window opens the erasure dialog, which lists what will go. */
    @FunctionalInterface
    public interface EraseRequest {
        void erase(String bucket, String prefix, String sessionId);
    }

    private final TaskRunner tasks;
    private final Sources sources;
    private final ClipboardService clipboard;
    private final Clock clock;
    private final StringProperty sessionId = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObservableList<Line> events = FXCollections.observableArrayList();
    private final ObservableList<String> s3 = FXCollections.observableArrayList();
    private final StringProperty results = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ObjectProperty<ServiceError> error = new SimpleObjectProperty<>();
    private final BooleanProperty canErase = new SimpleBooleanProperty(false);
    private Parts parts;
    private TaskHandle running = TaskHandle.DONE;
    private EraseRequest onErase;

    public TimelineViewModel(TaskRunner tasks, Sources sources, ClipboardService clipboard, Clock clock) {
        this.tasks = tasks;
        this.sources = sources;
        this.clipboard = clipboard;
        this.clock = clock;
    }

    /** Opens a session's timeline: an id as pasted (trimmed, lowered) or refused in words. */
    public void open(String pasted) {
        String id = SessionIds.normalize(pasted);
        error.set(null);
        if (!SessionIds.isValid(id)) {
            running.cancel();
            parts = null;
            canErase.set(false);
            events.clear();
            s3.clear();
            verdict.set("");
            results.set("");
            status.set("");
            sessionId.set(SupportText.visible(pasted == null ? "" : pasted.strip()));
            shown.set(true);
            error.set(ServiceError.of(ErrorKind.INVALID_PARAMETER, SupportText.visible(SessionIds.invalidMessage(
                    pasted)), ""));
            return;
        }
        Optional<TrailEvents> trail = sources.trail().get();
        if (trail.isEmpty()) {
            error.set(ServiceError.of(ErrorKind.UNKNOWN, ActivityText.get("noTrail"), ""));
            return;
        }
        running.cancel();
        parts = null;
        canErase.set(false);
        sessionId.set(id);
        shown.set(true);
        events.clear();
        s3.clear();
        results.set("");
        verdict.set("");
        loading.set(true);
        status.set(ActivityText.get("timeline.reading", id));
        ActivityWindow window = ActivityWindow.last(LOOK_BACK, clock).window().orElseThrow();
        running = tasks.job(context -> gather(trail.get(), id, window))
                .onSuccess(this::show)
                .onFailure(failure -> {
                    loading.set(false);
                    status.set("");
                    error.set(ServiceException.errorIn(failure).orElseGet(() -> ServiceError.of(ErrorKind.UNKNOWN,
                            String.valueOf(failure.getMessage()), "")));
                })
                .onCancelled(() -> {
                    loading.set(false);
                    status.set(ActivityText.get("timeline.cancelled"));
                })
                .start();
    }

    private Parts gather(TrailEvents trail, String id, ActivityWindow window) {
        SessionTimeline timeline = new ActivityFinder(trail, clock).timeline(id, window, ReadProgress.NONE);
        List<StoredImage> objects = List.of();
        Optional<String> note = Optional.empty();
        Optional<String> bucket = timeline.session().flatMap(s -> s.bucket());
        if (bucket.isPresent()) {
            String prefix = timeline.session().flatMap(s -> s.prefix()).orElse("");
            try {
                objects = sources.images().get().imagesOf(bucket.get(), prefix, id);
                if (objects.isEmpty()) {
                    note = Optional.of(ActivityText.get("timeline.s3Empty", bucket.get(), prefix));
                }
            } catch (ServiceException failed) {
                note = Optional.of(ActivityText.get("timeline.s3Failed", bucket.get(), failed.error().fullText()));
            }
        } else {
            note = Optional.of(ActivityText.get("timeline.noBucket"));
        }
        String resultsLine;
        try {
            SessionResults answer = sources.sessions().get().results(id);
            resultsLine = ActivityText.get("timeline.results", answer.displayStatus(), answer.confidence()
                    .map(c -> String.format(java.util.Locale.ROOT, "%.1f", c)).orElse("-"));
        } catch (ServiceException failed) {
            resultsLine = ActivityText.get("timeline.noResults", failed.error().fullText());
        }
        return new Parts(timeline, objects, note, resultsLine, sources.clockOffset().get());
    }

    /** The erasure dialog's opener; without one (or without a bucket in the session's record) nothing is offered. */
    public void setOnErase(EraseRequest request) {
        this.onErase = request;
    }

    /**
     * Hands the session shown, with the bucket and prefix its CreateFaceLivenessSession named, to the erasure
     * dialog: it lists every object under that folder before anything is deleted.
     */
    public void eraseShown() {
        if (!canErase.get()) {
            return;
        }
        SessionTimeline timeline = parts.timeline();
        onErase.erase(timeline.session().flatMap(s -> s.bucket()).orElseThrow(),
                timeline.session().flatMap(s -> s.prefix()).orElse(""), sessionId.get());
    }

    /** True while a timeline whose session kept images in a bucket is shown, and the window can erase. */
    public BooleanProperty canEraseProperty() {
        return canErase;
    }

    private void show(Parts found) {
        parts = found;
        canErase.set(onErase != null && found.timeline().session().flatMap(s -> s.bucket()).isPresent());
        loading.set(false);
        SessionTimeline timeline = found.timeline();
        verdict.set(SupportText.visible(timeline.verdictLine()));
        for (TrailEvent event : timeline.events()) {
            events.add(new Line(ShownTime.withZone(event.time(), clock.getZone()),
                    SupportText.visible(SessionTimeline.describe(event)), SupportText.visible(event.rawRecord())));
        }
        for (StoredImage object : found.objects()) {
            s3.add(ActivityText.get("timeline.s3Object", SupportText.visible(object.location().uri()),
                    object.sizeBytes(), object.lastModified() == null ? ""
                            : ShownTime.withZone(object.lastModified(), clock.getZone())));
        }
        found.s3Note().ifPresent(note -> s3.add(SupportText.visible(note)));
        results.set(SupportText.visible(found.results()));
        status.set(timeline.end().whole() ? ActivityText.get("timeline.read", timeline.events().size(),
                timeline.eventsRead()) : ActivityText.get("timeline.partial", timeline.end().stoppedBy()
                .map(ServiceError::fullText).orElse("")));
    }

    /** Puts the text for AWS Support on the clipboard: the session, the events as recorded, S3; never an image. */
    public void copyForSupport() {
        if (parts == null) {
            return;
        }
        clipboard.copyText(SupportText.of(parts.timeline(), sources.region().get(), Optional.empty(),
                DeskVersion.get(), parts.objects(), parts.s3Note(), parts.clockOffset()));
        status.set(ActivityText.get("timeline.copied"));
    }

    public void close() {
        running.cancel();
        canErase.set(false);
        shown.set(false);
    }

    public StringProperty sessionIdProperty() {
        return sessionId;
    }

    public StringProperty verdictProperty() {
        return verdict;
    }

    public ObservableList<Line> events() {
        return events;
    }

    public ObservableList<String> s3() {
        return s3;
    }

    public StringProperty resultsProperty() {
        return results;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObjectProperty<ServiceError> errorProperty() {
        return error;
    }
}
