package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.core.images.BucketInOtherRegionException;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The viewer pane's state: the sessions under a bucket and prefix (a page at a time), the images of the session
 * shown, their thumbnails, and what went wrong in words. Every S3 call runs through the TaskRunner.
 */
public final class ImageViewerViewModel {

    public static final int SESSIONS_PAGE_SIZE = 50;
    static final int MAX_CONCURRENT_THUMBNAILS = 4;

    private final TaskRunner runner;
    private final Function<ConnectionSettings, ImageStore> stores;
    private final ClipboardService clipboard;
    private final SaveFileChooser saveFileChooser;
    private final ResourceBundle words = ViewerWords.bundle();
    private final ThumbnailLoader thumbnails;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty searchProblem = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final ObservableList<SessionFolder> sessions = FXCollections.observableArrayList();
    private final ObservableList<SessionFolder> sessionsView = FXCollections.unmodifiableObservableList(sessions);
    private final BooleanProperty sessionsBusy = new SimpleBooleanProperty();
    private final BooleanProperty moreSessions = new SimpleBooleanProperty();
    private final StringProperty sessionsHint = new SimpleStringProperty("");
    private final ObjectProperty<ServiceError> problem = new SimpleObjectProperty<>();
    private final StringProperty switchRegionTarget = new SimpleStringProperty("");
    private final StringProperty sessionTitle = new SimpleStringProperty("");
    private final ObservableList<ThumbnailTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<ThumbnailTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final BooleanProperty imagesBusy = new SimpleBooleanProperty();
    private final StringProperty emptyState = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    private Optional<ConnectionSettings> connection = Optional.empty();
    private String bucket = "";
    private String prefix = "";
    private Optional<String> nextSessionsToken = Optional.empty();
    private Optional<ShownSession> shown = Optional.empty();
    private TaskHandle sessionsJob = TaskHandle.DONE;
    private TaskHandle imagesJob = TaskHandle.DONE;
    private int imagesGeneration;
    private int sessionsGeneration;
    private Consumer<String> onSwitchRegion;

    /** What the grid shows: which session, and what is known about it, which picks the words of an empty state. */
    private record ShownSession(String sessionId, String listedPrefix, boolean folderKnown,
                                OptionalInt auditImagesLimit) {
    }

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
        this.thumbnails = new ThumbnailLoader(runner, cache, words, MAX_CONCURRENT_THUMBNAILS);
        this.onSwitchRegion = region -> { };
        sessionTitle.set(words.getString("session.none"));
        emptyState.set(words.getString("empty.pick"));
    }

    // ---- the public API the main window uses ----

    /** Lists the sessions under a prefix (newest first within each page) and clears the image grid. */
    public void browse(ConnectionSettings connection, String bucket, String prefix) {
        setPlace(connection, bucket, prefix);
        clearImages(words.getString("empty.pick"));
        loadSessions(true);
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
            loadSessions(true);
        }
        boolean created = auditImagesLimit.isPresent();
        openSession(new ShownSession(SessionIds.normalize(sessionId), nullToEmpty(prefix), created,
                auditImagesLimit));
    }

    /** Shows images whose keys are already known (GetFaceLivenessSessionResults gives the authoritative ones). */
    public void showImages(ConnectionSettings connection, List<StoredImage> images) {
        this.connection = Optional.of(connection);
        cancelImages();
        problem.set(null);
        String sessionId = images.isEmpty() ? "" : nullToEmpty(images.get(0).sessionId());
        shown = Optional.of(new ShownSession(sessionId, prefix, true, OptionalInt.empty()));
        sessionTitle.set(MessageFormat.format(words.getString("session.title"), sessionId, ""));
        showTiles(images);
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
        if (folder == null || shown.map(s -> s.sessionId().equals(folder.sessionId())).orElse(false)) {
            return;
        }
        String folderPrefix = folder.folderPrefix();
        String listedPrefix = folderPrefix.substring(0, folderPrefix.length() - folder.sessionId().length() - 1);
        openSession(new ShownSession(folder.sessionId(), listedPrefix, true, OptionalInt.empty()));
    }

    public void loadMoreSessions() {
        if (moreSessions.get() && !sessionsBusy.get()) {
            loadSessions(false);
        }
    }

    /** Lists the sessions under the prefix again, leaving the images shown as they are. */
    public void refreshSessions() {
        if (connection.isPresent()) {
            loadSessions(true);
        }
    }

    /** Lists the sessions again and reloads the session shown (its images may have arrived). */
    public void refresh() {
        if (connection.isEmpty()) {
            return;
        }
        loadSessions(true);
        shown.ifPresent(this::openSession);
    }

    public void retry(ThumbnailTile tile) {
        connection.ifPresent(c -> thumbnails.load(stores.apply(c), tile));
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
        return new ImageDetailViewModel(runner, stores.apply(current), tile.image(), clipboard, saveFileChooser);
    }

    // ---- internals ----

    private void reconnect(ConnectionSettings newConnection) {
        ShownSession again = shown.orElse(null);
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
        problem.set(null);
        switchRegionTarget.set("");
    }

    private boolean samePlace(ConnectionSettings other, String otherBucket, String otherPrefix) {
        return connection.map(other::equals).orElse(false) && bucket.equals(nullToEmpty(otherBucket).strip())
                && prefix.equals(nullToEmpty(otherPrefix).strip());
    }

    private void loadSessions(boolean fromStart) {
        sessionsJob.cancel();
        int generation = ++sessionsGeneration;
        if (fromStart) {
            sessions.clear();
            nextSessionsToken = Optional.empty();
            moreSessions.set(false);
        }
        if (bucket.isEmpty()) {
            sessionsHint.set(words.getString("sessions.noBucket"));
            return;
        }
        ImageStore store = stores.apply(connection.orElseThrow());
        String listedBucket = bucket;
        String listedPrefix = prefix;
        Optional<String> token = fromStart ? Optional.empty() : nextSessionsToken;
        sessionsBusy.set(true);
        sessionsHint.set(words.getString("sessions.loading"));
        sessionsJob = runner.job(context -> store.sessions(listedBucket, listedPrefix, token, SESSIONS_PAGE_SIZE))
                .onSuccess((Page<SessionFolder> page) -> {
                    if (generation != sessionsGeneration) {
                        return;
                    }
                    sessionsBusy.set(false);
                    sessions.addAll(page.items());
                    nextSessionsToken = page.nextToken();
                    moreSessions.set(page.hasMore());
                    // S3 lists by key and ids are random: newest first holds within what is listed, not across pages.
                    sessionsHint.set(sessions.isEmpty() ? words.getString("sessions.none")
                            : page.hasMore() ? words.getString("sessions.order.listed") : "");
                })
                .onFailure(error -> {
                    if (generation == sessionsGeneration) {
                        sessionsBusy.set(false);
                        sessionsHint.set("");
                        showProblem(error);
                    }
                })
                .onCancelled(() -> {
                    if (generation == sessionsGeneration) {
                        sessionsBusy.set(false);
                    }
                })
                .start();
    }

    private void openSession(ShownSession session) {
        cancelImages();
        shown = Optional.of(session);
        int generation = imagesGeneration;
        ImageStore store = stores.apply(connection.orElseThrow());
        String listedBucket = bucket;
        sessionTitle.set(MessageFormat.format(words.getString("session.title"), session.sessionId(),
                "s3://" + listedBucket + "/" + session.listedPrefix() + session.sessionId() + "/"));
        tiles.clear();
        note.set("");
        emptyState.set("");
        imagesBusy.set(true);
        imagesJob = runner.job(context -> store.imagesOf(listedBucket, session.listedPrefix(), session.sessionId()))
                .onSuccess((List<StoredImage> images) -> {
                    if (generation == imagesGeneration) {
                        imagesBusy.set(false);
                        problem.set(null);
                        switchRegionTarget.set("");
                        showTiles(images);
                    }
                })
                .onFailure(error -> {
                    if (generation == imagesGeneration) {
                        imagesBusy.set(false);
                        emptyState.set(words.getString("empty.failed"));
                        showProblem(error);
                    }
                })
                .onCancelled(() -> {
                    if (generation == imagesGeneration) {
                        imagesBusy.set(false);
                    }
                })
                .start();
    }

    private void showTiles(List<StoredImage> images) {
        tiles.clear();
        imagesBusy.set(false);
        ShownSession session = shown.orElseThrow();
        if (images.isEmpty()) {
            emptyState.set(MessageFormat.format(words.getString(session.folderKnown() ? "empty.notYet"
                    : "empty.noFolder"), "s3://" + bucket + "/" + session.listedPrefix() + session.sessionId() + "/"));
            note.set("");
            return;
        }
        emptyState.set("");
        note.set(noteFor(images, session.auditImagesLimit()));
        ImageStore store = stores.apply(connection.orElseThrow());
        for (StoredImage image : images) {
            ThumbnailTile tile = new ThumbnailTile(image);
            tiles.add(tile);
            thumbnails.load(store, tile);
        }
    }

    private String noteFor(List<StoredImage> images, OptionalInt auditImagesLimit) {
        boolean hasReference = images.stream().anyMatch(i -> i.kind() == ImageKind.REFERENCE);
        boolean hasAudit = images.stream().anyMatch(i -> i.kind() == ImageKind.AUDIT);
        if (!hasReference) {
            return words.getString("note.noReference");
        }
        if (!hasAudit) {
            return auditImagesLimit.isPresent() && auditImagesLimit.getAsInt() == 0
                    ? words.getString("note.auditLimitZero") : words.getString("note.noAudit");
        }
        return "";
    }

    private void cancelImages() {
        imagesGeneration++;
        imagesJob.cancel();
        thumbnails.cancelAll();
        imagesBusy.set(false);
    }

    private void clearImages(String emptyText) {
        cancelImages();
        shown = Optional.empty();
        tiles.clear();
        note.set("");
        sessionTitle.set(words.getString("session.none"));
        emptyState.set(emptyText);
    }

    private void showProblem(Throwable error) {
        if (error instanceof ServiceException service) {
            problem.set(service.error());
            switchRegionTarget.set(error instanceof BucketInOtherRegionException other ? other.bucketRegion() : "");
        } else {
            problem.set(ServiceError.of(ErrorKind.UNKNOWN, String.valueOf(error.getMessage()), ""));
            switchRegionTarget.set("");
        }
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

    public ObservableList<SessionFolder> sessions() {
        return sessionsView;
    }

    public ReadOnlyBooleanProperty sessionsBusyProperty() {
        return sessionsBusy;
    }

    public ReadOnlyBooleanProperty moreSessionsProperty() {
        return moreSessions;
    }

    /** A line under the sessions list: loading, none found, no bucket. */
    public ReadOnlyStringProperty sessionsHintProperty() {
        return sessionsHint;
    }

    /** The last listing failure, or null. */
    public ReadOnlyObjectProperty<ServiceError> problemProperty() {
        return problem;
    }

    /** The bucket's region when it is not the connection's; empty otherwise. */
    public ReadOnlyStringProperty switchRegionTargetProperty() {
        return switchRegionTarget;
    }

    public ReadOnlyStringProperty sessionTitleProperty() {
        return sessionTitle;
    }

    public ObservableList<ThumbnailTile> tiles() {
        return tilesView;
    }

    public ReadOnlyBooleanProperty imagesBusyProperty() {
        return imagesBusy;
    }

    /** Why the grid is empty, in words; empty when it shows images. */
    public ReadOnlyStringProperty emptyStateProperty() {
        return emptyState;
    }

    /** A remark on what is missing (no audit image, no reference image); empty when nothing is. */
    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    ResourceBundle words() {
        return words;
    }
}
