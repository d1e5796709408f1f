package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.SaveFileChooser;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Images tab: where it browses ({@link BrowsedPlace}), the session picked or typed, and what went wrong in words
 * ({@link ListingProblem}). The session list ({@link #sessionList()}), the grid of one session's images
 * ({@link SessionImagesViewModel}) and the full-size views ({@link FullSizeImages}) hold their own state; every S3
 * call runs through the TaskRunner.
 */
public final class ImageViewerViewModel {

    public static final int SESSIONS_PAGE_SIZE = SessionListViewModel.PAGE_SIZE;
    static final int MAX_CONCURRENT_THUMBNAILS = 4;

    private final Function<ConnectionSettings, ImageStore> stores;
    private final FullSizeImages fullSize;
    private final ResourceBundle words = ViewerWords.bundle();
    private final SessionListViewModel sessionList;
    private final SessionImagesViewModel images;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty searchProblem = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final ListingProblem problem = new ListingProblem();

    private Optional<BrowsedPlace> place = Optional.empty();
    private Consumer<String> onSwitchRegion = region -> { };
    private EraseRequest onErase = (connection, bucket, prefix, sessionId) -> { };
    private Consumer<String> onTimeline = sessionId -> { };
    private Function<ConnectionSettings, Optional<SessionRecords>> records = c -> Optional.empty();

    public ImageViewerViewModel(TaskRunner runner, Function<ConnectionSettings, ImageStore> stores,
                                ClipboardService clipboard, SaveFileChooser saveFileChooser) {
        this(runner, stores, clipboard, saveFileChooser, new ThumbnailCache(ThumbnailCache.DEFAULT_MAX_BYTES));
    }

    public ImageViewerViewModel(TaskRunner runner, Function<ConnectionSettings, ImageStore> stores,
                                ClipboardService clipboard, SaveFileChooser saveFileChooser, ThumbnailCache cache) {
        this.stores = stores;
        this.fullSize = new FullSizeImages(runner, clipboard, saveFileChooser);
        this.sessionList = new SessionListViewModel(runner, words, problem::show);
        this.images = new SessionImagesViewModel(runner,
                new ThumbnailLoader(runner, cache, words, MAX_CONCURRENT_THUMBNAILS), words, problem::show,
                problem::clear);
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
        // Only the connection changes: the bucket and prefix browsed stay as they were.
        place = Optional.of(place.map(p -> p.through(connection))
                .orElseGet(() -> new BrowsedPlace(connection, "", "")));
        problem.clear();
        images.showKnown(stores.apply(connection), known);
    }

    /** The service's face boxes of images it returned, by where each image is; the full-size view draws them. */
    public void showFaceBoxes(Map<S3Location, BoundingBox> boxes) {
        fullSize.addFaceBoxes(boxes);
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
        if (place.filter(BrowsedPlace::hasBucket).isEmpty()) {
            searchProblem.set(words.getString("search.noBucket"));
            return;
        }
        openSession(new ShownSession(id, place.get().prefix(), false, OptionalInt.empty()));
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
        this.onErase = Objects.requireNonNull(request);
    }

    /** Hands the session shown, with where it lives, to the erasure dialog. */
    public void eraseShown() {
        if (place.isPresent() && images.shown().isPresent()) {
            BrowsedPlace at = place.get();
            onErase.erase(at.connection(), at.bucket(), at.prefix(), images.shown().get().sessionId());
        }
    }

    /** Where a session's timeline opens (the Activity tab). */
    public void setOnTimeline(Consumer<String> action) {
        this.onTimeline = Objects.requireNonNull(action);
    }

    /** Opens the shown session's CloudTrail timeline in the Activity tab. */
    public void timelineOfShown() {
        images.shown().ifPresent(shown -> onTimeline.accept(shown.sessionId()));
    }

    /** True while a session's images are shown (there is a session to erase). */
    public javafx.beans.binding.BooleanBinding sessionShownProperty() {
        return images.sessionTitleProperty().isNotEmpty();
    }

    public void loadMoreSessions() {
        sessionList.loadMore();
    }

    /** Lists the sessions under the prefix again, leaving the images shown as they are. */
    public void refreshSessions() {
        if (place.isPresent()) {
            loadSessions();
        }
    }

    /** Lists the sessions again and reloads the session shown (its images may have arrived). */
    public void refresh() {
        if (place.isEmpty()) {
            return;
        }
        loadSessions();
        images.shown().ifPresent(this::openSession);
    }

    public void retry(ThumbnailTile tile) {
        place.ifPresent(at -> images.retry(stores.apply(at.connection()), tile));
    }

    public void switchRegion() {
        String region = problem.switchRegionTargetProperty().get();
        if (!region.isEmpty()) {
            // The pane keeps its own connection: it reloads in the new region itself, then tells the app.
            place.ifPresent(at -> reconnect(at.through(at.connection().withRegion(region))));
            onSwitchRegion.accept(region);
        }
    }

    /** The full-size view of one image, sharing this pane's connection. */
    public ImageDetailViewModel detailOf(ThumbnailTile tile) {
        BrowsedPlace at = place.orElseThrow(() -> new IllegalStateException("nothing shown"));
        return fullSize.of(stores.apply(at.connection()), tile);
    }

    // ---- internals ----

    private void reconnect(BrowsedPlace there) {
        ShownSession again = images.shown().orElse(null);
        browse(there.connection(), there.bucket(), there.prefix());
        if (again != null) {
            openSession(again);
        }
    }

    private void setPlace(ConnectionSettings newConnection, String newBucket, String newPrefix) {
        BrowsedPlace now = new BrowsedPlace(newConnection, newBucket, newPrefix);
        place = Optional.of(now);
        location.set(now.location(words));
        problem.clear();
    }

    private boolean samePlace(ConnectionSettings other, String otherBucket, String otherPrefix) {
        return place.map(new BrowsedPlace(other, otherBucket, otherPrefix)::equals).orElse(false);
    }

    private void loadSessions() {
        BrowsedPlace at = place.orElseThrow();
        sessionList.list(stores.apply(at.connection()),
                at.hasBucket() ? records.apply(at.connection()) : Optional.empty(), at.bucket(), at.prefix());
    }

    private void openSession(ShownSession session) {
        BrowsedPlace at = place.orElseThrow();
        images.open(stores.apply(at.connection()), at.bucket(), session);
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

    /** Why the last listing failed, and where the bucket really is. */
    ListingProblem problem() {
        return problem;
    }

    /** The grid of the session shown: its title, tiles, busy mark, empty state and note. */
    SessionImagesViewModel images() {
        return images;
    }
}
