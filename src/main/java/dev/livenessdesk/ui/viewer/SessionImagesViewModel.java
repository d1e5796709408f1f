package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.ui.common.NewestRequest;
import dev.livenessdesk.ui.common.TaskRunner;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The grid of one session's images: listed from its folder (or given by the results), a thumbnail per image
 * loaded a few at a time, a title naming the folder they really come from, and words for what is missing.
 * Opening another session drops the listing and the thumbnails of the one before. FX thread only.
 */
final class SessionImagesViewModel {

    private final ResourceBundle words;
    private final ThumbnailLoader thumbnails;
    private final NewestRequest listing;
    private final Consumer<Throwable> onFailure;
    private final Runnable onListed;

    private final StringProperty sessionTitle = new SimpleStringProperty("");
    private final ObservableList<ThumbnailTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<ThumbnailTile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty emptyState = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private Optional<ShownSession> shown = Optional.empty();

    /**
     * @param onFailure shows a listing failure in the pane's one place for problems
     * @param onListed  told when a listing answered, so an older problem can go
     */
    SessionImagesViewModel(TaskRunner runner, ThumbnailLoader thumbnails, ResourceBundle words,
                           Consumer<Throwable> onFailure, Runnable onListed) {
        this.words = words;
        this.thumbnails = thumbnails;
        this.listing = new NewestRequest(runner);
        this.onFailure = onFailure;
        this.onListed = onListed;
        sessionTitle.set(words.getString("session.none"));
        emptyState.set(words.getString("empty.pick"));
    }

    /** Lists the session's folder and shows what is in it. */
    void open(ImageStore store, String bucket, ShownSession session) {
        cancel();
        shown = Optional.of(session);
        sessionTitle.set(MessageFormat.format(words.getString("session.title"), session.sessionId(),
                session.folderUri(bucket)));
        // Busy before the tiles go: the grid holds its cells for the tiles to come (showTiles).
        busy.set(true);
        tiles.clear();
        note.set("");
        emptyState.set("");
        listing.job(context -> store.imagesOf(bucket, session.listedPrefix(), session.sessionId()))
                .onSuccess((List<StoredImage> images) -> {
                    onListed.run();
                    showTiles(store, bucket, images);
                })
                .onFailure(error -> {
                    busy.set(false);
                    emptyState.set(words.getString("empty.failed"));
                    onFailure.accept(error);
                })
                .onCancelled(() -> busy.set(false))
                .start();
    }

    /**
     * Shows images whose keys are already known (the results name the authoritative ones); the title names the
     * folder they are in, which may lie under another prefix than the one browsed.
     */
    void showKnown(ImageStore store, List<StoredImage> images) {
        cancel();
        String sessionId = images.isEmpty() ? "" : String.valueOf(images.get(0).sessionId());
        String key = images.isEmpty() ? "" : images.get(0).location().key();
        int folderStart = key.indexOf(sessionId + "/");
        String listedPrefix = folderStart < 0 ? "" : key.substring(0, folderStart);
        ShownSession session = new ShownSession(sessionId, listedPrefix, true, OptionalInt.empty());
        shown = Optional.of(session);
        String bucket = images.isEmpty() ? "" : images.get(0).location().bucket();
        sessionTitle.set(MessageFormat.format(words.getString("session.title"), sessionId,
                folderStart < 0 ? "" : session.folderUri(bucket)));
        showTiles(store, bucket, images);
    }

    void retry(ImageStore store, ThumbnailTile tile) {
        thumbnails.load(store, tile);
    }

    /** Forgets the session shown and says why the grid is empty. */
    void clear(String emptyText) {
        cancel();
        shown = Optional.empty();
        tiles.clear();
        note.set("");
        sessionTitle.set(words.getString("session.none"));
        emptyState.set(emptyText);
    }

    void cancel() {
        listing.cancel();
        thumbnails.cancelAll();
        busy.set(false);
    }

    Optional<ShownSession> shown() {
        return shown;
    }

    private void showTiles(ImageStore store, String bucket, List<StoredImage> images) {
        ShownSession session = shown.orElseThrow();
        if (images.isEmpty()) {
            tiles.clear();
            busy.set(false);
            emptyState.set(MessageFormat.format(words.getString(session.folderKnown() ? "empty.notYet"
                    : "empty.noFolder"), session.folderUri(bucket)));
            note.set("");
            return;
        }
        emptyState.set("");
        note.set(noteFor(images, session.auditImagesLimit()));
        List<ThumbnailTile> shownTiles = images.stream().map(ThumbnailTile::new).toList();
        // One change for the grid, which lays its rows out again on each (bench/fx-stall), and the tiles are in
        // place before the listing ends: the grid takes them with the cells it already has (ImageViewerView).
        tiles.setAll(shownTiles);
        busy.set(false);
        shownTiles.forEach(tile -> thumbnails.load(store, tile));
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

    ReadOnlyStringProperty sessionTitleProperty() {
        return sessionTitle;
    }

    ObservableList<ThumbnailTile> tiles() {
        return tilesView;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    ReadOnlyStringProperty emptyStateProperty() {
        return emptyState;
    }

    ReadOnlyStringProperty noteProperty() {
        return note;
    }
}
