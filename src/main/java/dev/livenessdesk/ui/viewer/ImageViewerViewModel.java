package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.ui.common.SaveFileChooser;
import dev.livenessdesk.ui.common.ErrorExplanation;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.core.images.BucketInOtherRegionException;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The Images tab: where it browses (connection, bucket, prefix), the session picked or typed, and what went wrong
 * in words. The session list ({@link #sessionList()}) and the grid of one session's images
 * ({@link SessionImagesViewModel}) hold their own state; every S3 call runs through the TaskRunner.
 */
public final class ImageViewerViewModel {

    public static final int SESSIONS_PAGE_SIZE = SessionListViewModel.PAGE_SIZE;
    static final int MAX_CONCURRENT_THUMBNAILS = 4;

    private final TaskRunner runner;
    private final Function<ConnectionSettings, ImageStore> stores;
    private final ClipboardService clipboard;
    private final SaveFileChooser saveFileChooser;
    private final ResourceBundle words = ViewerWords.bundle();
    private final SessionListViewModel sessionList;
    private final SessionImagesViewModel images;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty searchProblem = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final ObjectProperty<ServiceError> problem = new SimpleObjectProperty<>();
    private final StringProperty switchRegionTarget = new SimpleStringProperty("");

    private Optional<ConnectionSettings> connection = Optional.empty();
    private String bucket = "";
    private String prefix = "";
    private Consumer<String> onSwitchRegion = region -> { };
    private EraseRequest onErase = (connection, bucket, prefix, sessionId) -> { };
    private java.util.function.Consumer<String> onTimeline = sessionId -> { };
    private Function<ConnectionSettings, Optional<SessionRecords>> records = c -> Optional.empty();
    private final java.util.Map<dev.livenessdesk.core.images.S3Location, dev.livenessdesk.core.session.BoundingBox>
            faceBoxes = new java.util.concurrent.ConcurrentHashMap<>();

    public ImageViewerViewModel(TaskRunner runner, Function<ConnectionSettings, ImageStore> stores,
                                ClipboardService clipboard, SaveFileChooser saveFileChooser) {
        this(runner, stores, clipboard, saveFileChooser, new ThumbnailCache(ThumbnailCache.DEFAULT_MAX_BYTES));
    }

    public ImageViewerViewModel(TaskRunner runner, Function<ConnectionSettings, ImageStore> stores,
                                ClipboardService clipboard, SaveFileChooser saveFileChooser, ThumbnailCache cache) {
        this.runner = runner;
        this.stores = stores;
        this.clipboard = clipboard;
        this.saveFileChooser = saveFileChooser;
        this.sessionList = new SessionListViewModel(runner, words, this::showProblem);
        this.images = new SessionImagesViewModel(runner,
                new ThumbnailLoader(runner, cache, words, MAX_CONCURRENT_THUMBNAILS), words, this::showProblem,
                this::clearProblem);
    }

    // ---- the public API the main window uses ----

    /** Lists the sessions under a prefix (newest first within each page) and clears the image grid. */
    public void browse(ConnectionSettings connection, String bucket, String prefix) {
        setPlace(connection, bucket, prefix);
        images.clear(words.getString("empty.pick"));
        loadSessions();
    }

    /** Shows one session's images found by listing its folder; an empty result means the folder does not exist. */
    public void showSession(ConnectionSettings connection, String bucket, String prefix, String sessionId) {
        showSession(connection, bucket, prefix, sessionId, OptionalInt.empty());
    }

    /**
     * Shows a session this app just created: its images may not exist yet, and the audit images limit it was
     * created with explains a missing audit image.
     */
    public void showSession(ConnectionSettings connection, String bucket, String prefix, String sessionId,
                            OptionalInt auditImagesLimit) {
        if (!samePlace(connection, bucket, prefix)) {
            setPlace(connection, bucket, prefix);
            loadSessions();
        }
        boolean created = auditImagesLimit.isPresent();
        openSession(new ShownSession(SessionIds.normalize(sessionId), nullToEmpty(prefix), created,
                auditImagesLimit));
    }

    /** Shows images whose keys are already known (GetFaceLivenessSessionResults gives the authoritative ones). */
    public void showImages(ConnectionSettings connection, List<StoredImage> known) {
        this.connection = Optional.of(connection);
        problem.set(null);
        images.showKnown(stores.apply(connection), known);
    }

    /** The service's face boxes of images it returned, by where each image is; the full-size view draws them. */
    public void showFaceBoxes(java.util.Map<dev.livenessdesk.core.images.S3Location,
            dev.livenessdesk.core.session.BoundingBox> boxes) {
        faceBoxes.putAll(boxes);
    }

    /** Where the session list finds the team's campaign records (the backend's; none in the sandbox). */
    public void setSessionRecords(Function<ConnectionSettings, Optional<SessionRecords>> recordsFor) {
        this.records = Objects.requireNonNull(recordsFor);
    }

    /** Told the bucket's region when the user accepts to switch (the pane itself reloads there first). */
    public void setOnSwitchRegion(Consumer<String> callback) {
        this.onSwitchRegion = Objects.requireNonNull(callback);
    }

    // ---- actions of the pane ----

    /** Opens the session id typed or pasted into the search field. */
    public void openSearchedSession() {
        String id = SessionIds.normalize(searchText.get());
        if (!SessionIds.isValid(id)) {
            searchProblem.set(SessionIds.invalidMessage(searchText.get().strip()));
            return;
        }
        searchProblem.set("");
        if (connection.isEmpty() || bucket.isEmpty()) {
            searchProblem.set(words.getString("search.noBucket"));
            return;
        }
        openSession(new ShownSession(id, prefix, false, OptionalInt.empty()));
    }

    public void selectSession(SessionFolder folder) {
        if (folder == null || images.shown().map(s -> s.sessionId().equals(folder.sessionId())).orElse(false)) {
            return;
        }
        String folderPrefix = folder.folderPrefix();
        String listedPrefix = folderPrefix.substring(0, folderPrefix.length() - folder.sessionId().length() - 1);
        openSession(new ShownSession(folder.sessionId(), listedPrefix, true, OptionalInt.empty()));
    }

    /** Who erases a session: the window opens the erasure dialog for the session shown. */
    @FunctionalInterface
    public interface EraseRequest {
        void erase(ConnectionSettings connection, String bucket, String prefix, String sessionId);
    }

    public void setOnErase(EraseRequest request) {
        this.onErase = java.util.Objects.requireNonNull(request);
    }

    /** Hands the session shown, with where it lives, to the erasure dialog. */
    public void eraseShown() {
        if (connection.isPresent() && images.shown().isPresent()) {
            onErase.erase(connection.get(), bucket, prefix, images.shown().get().sessionId());
        }
    }

    /** Where a session's timeline opens (the Activity tab). */
    public void setOnTimeline(java.util.function.Consumer<String> action) {
        this.onTimeline = java.util.Objects.requireNonNull(action);
    }

    /** Opens the shown session's CloudTrail timeline in the Activity tab. */
    public void timelineOfShown() {
        images.shown().ifPresent(shown -> onTimeline.accept(shown.sessionId()));
    }

    /** True while a session's images are shown (there is a session to erase). */
    public javafx.beans.binding.BooleanBinding sessionShownProperty() {
        return sessionTitleProperty().isNotEmpty();
    }

    public void loadMoreSessions() {
        sessionList.loadMore();
    }

    /** Lists the sessions under the prefix again, leaving the images shown as they are. */
    public void refreshSessions() {
        if (connection.isPresent()) {
            loadSessions();
        }
    }

    /** Lists the sessions again and reloads the session shown (its images may have arrived). */
    public void refresh() {
        if (connection.isEmpty()) {
            return;
        }
        loadSessions();
        images.shown().ifPresent(this::openSession);
    }

    public void retry(ThumbnailTile tile) {
        connection.ifPresent(c -> images.retry(stores.apply(c), tile));
    }

    public void switchRegion() {
        String region = switchRegionTarget.get();
        if (!region.isEmpty()) {
            // The pane keeps its own connection: it reloads in the new region itself, then tells the app.
            connection.ifPresent(c -> reconnect(c.withRegion(region)));
            onSwitchRegion.accept(region);
        }
    }

    /** The full-size view of one image, sharing this pane's connection. */
    public ImageDetailViewModel detailOf(ThumbnailTile tile) {
        ConnectionSettings current = connection.orElseThrow(() -> new IllegalStateException("nothing shown"));
        ImageDetailViewModel detail = new ImageDetailViewModel(runner, stores.apply(current), tile.image(), clipboard,
                saveFileChooser);
        detail.faceBoxProperty().set(java.util.Optional.ofNullable(faceBoxes.get(tile.image().location())));
        return detail;
    }

    // ---- internals ----

    private void reconnect(ConnectionSettings newConnection) {
        ShownSession again = images.shown().orElse(null);
        browse(newConnection, bucket, prefix);
        if (again != null) {
            openSession(again);
        }
    }

    private void setPlace(ConnectionSettings newConnection, String newBucket, String newPrefix) {
        connection = Optional.of(newConnection);
        bucket = nullToEmpty(newBucket).strip();
        prefix = nullToEmpty(newPrefix).strip();
        location.set(bucket.isEmpty() ? words.getString("location.none") : "s3://" + bucket + "/" + prefix);
        clearProblem();
    }

    private boolean samePlace(ConnectionSettings other, String otherBucket, String otherPrefix) {
        return connection.map(other::equals).orElse(false) && bucket.equals(nullToEmpty(otherBucket).strip())
                && prefix.equals(nullToEmpty(otherPrefix).strip());
    }

    private void loadSessions() {
        ConnectionSettings where = connection.orElseThrow();
        sessionList.list(stores.apply(where), bucket.isEmpty() ? Optional.empty() : records.apply(where), bucket,
                prefix);
    }

    private void openSession(ShownSession session) {
        images.open(stores.apply(connection.orElseThrow()), bucket, session);
    }

    private void clearProblem() {
        problem.set(null);
        switchRegionTarget.set("");
    }

    private void showProblem(Throwable error) {
        problem.set(ErrorExplanation.of(error));
        switchRegionTarget.set(error instanceof BucketInOtherRegionException other ? other.bucketRegion() : "");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---- properties ----

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyStringProperty searchProblemProperty() {
        return searchProblem;
    }

    /** s3://bucket/prefix being browsed. */
    public ReadOnlyStringProperty locationProperty() {
        return location;
    }

    /** The sessions under the bucket and prefix browsed. */
    public SessionListViewModel sessionList() {
        return sessionList;
    }

    public ObservableList<SessionFolder> sessions() {
        return sessionList.sessions();
    }

    /** The last listing failure, or null. */
    public ReadOnlyObjectProperty<ServiceError> problemProperty() {
        return problem;
    }

    /** The bucket's region when it is not the connection's; empty otherwise. */
    public ReadOnlyStringProperty switchRegionTargetProperty() {
        return switchRegionTarget;
    }

    /** "Session <id>" and the folder its images come from. */
    public ReadOnlyStringProperty sessionTitleProperty() {
        return images.sessionTitleProperty();
    }

    public ObservableList<ThumbnailTile> tiles() {
        return images.tiles();
    }

    public ReadOnlyBooleanProperty imagesBusyProperty() {
        return images.busyProperty();
    }

    /** Why the grid is empty, in words; empty when it shows images. */
    public ReadOnlyStringProperty emptyStateProperty() {
        return images.emptyStateProperty();
    }

    /** A remark on what is missing (no audit image, no reference image); empty when nothing is. */
    public ReadOnlyStringProperty noteProperty() {
        return images.noteProperty();
    }
}
