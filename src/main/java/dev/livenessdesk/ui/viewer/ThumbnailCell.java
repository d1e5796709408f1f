package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.ui.common.HoverTooltip;
import dev.livenessdesk.ui.common.ShownTime;
import java.time.ZoneId;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;

/** A thumbnail with its kind, key, size and time; a placeholder with the reason when the picture cannot show. */
final class ThumbnailCell extends GridCell<ThumbnailTile> {

    static final double WIDTH = 184;
    static final double HEIGHT = 268;
    /** A tile whose image has neither a size nor a time: the picture, the kind and the file name. */
    static final double HEIGHT_WITHOUT_META = 226;

    private final ResourceBundle words;
    private final ImageView picture = new ImageView();
    private final Button pictureButton = new Button(null, picture);
    private final Label reason = new Label();
    private final Button retry = new Button();
    private final VBox placeholder = new VBox(6, reason, retry);
    private final Label kind = new Label();
    private final Label key = new Label();
    private final Label meta = new Label();
    /** The whole s3:// address, one hover away. */
    private final HoverTooltip keyUri = HoverTooltip.on(key);
    private final VBox box;
    private final StackPane pictureArea;
    /** Made when a tile of this cell first loads: a spinner's skin is a dozen styled nodes and an animation. */
    private ProgressIndicator loading;
    /** The tile shown, whose loading the spinner follows. */
    private ThumbnailTile shownTile;
    private final ChangeListener<Boolean> showLoading = (obs, was, now) -> showLoading(now);

    ThumbnailCell(ResourceBundle words, Consumer<ThumbnailTile> onOpen, Consumer<ThumbnailTile> onRetry) {
        this.words = words;
        getStyleClass().add("thumbnail-cell");
        picture.setFitWidth(ThumbnailLoader.THUMBNAIL_SIZE);
        picture.setFitHeight(ThumbnailLoader.THUMBNAIL_SIZE);
        picture.setPreserveRatio(true);
        pictureButton.getStyleClass().add("picture-button");
        pictureButton.setPrefSize(ThumbnailLoader.THUMBNAIL_SIZE + 8, ThumbnailLoader.THUMBNAIL_SIZE + 8);
        pictureButton.setOnAction(event -> onOpen.accept(getItem()));
        reason.setWrapText(true);
        reason.getStyleClass().add("placeholder-reason");
        reason.setMaxWidth(ThumbnailLoader.THUMBNAIL_SIZE - 8);
        retry.setText(words.getString("image.retry"));
        retry.setOnAction(event -> onRetry.accept(getItem()));
        retry.managedProperty().bind(retry.visibleProperty());
        placeholder.getStyleClass().add("placeholder");
        placeholder.setAlignment(Pos.CENTER);
        placeholder.setMaxSize(ThumbnailLoader.THUMBNAIL_SIZE + 8, ThumbnailLoader.THUMBNAIL_SIZE + 8);
        pictureArea = new StackPane(pictureButton, placeholder);
        pictureArea.setPrefSize(ThumbnailLoader.THUMBNAIL_SIZE + 8, ThumbnailLoader.THUMBNAIL_SIZE + 8);
        kind.getStyleClass().add("kind");
        key.getStyleClass().add("key");
        meta.getStyleClass().add("meta");
        meta.setAlignment(Pos.CENTER);
        meta.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        meta.managedProperty().bind(meta.visibleProperty());
        box = new VBox(4, pictureArea, kind, key, meta);
        box.setAlignment(Pos.TOP_CENTER);
        // The grid calls updateItem on every layout pass: the box stays the cell's graphic and is only hidden when
        // the cell is empty, because taking it out and putting it back restyles the whole tile (bench/fx-stall).
        box.managedProperty().bind(box.visibleProperty());
        box.setVisible(false);
        setGraphic(box);
    }

    @Override
    protected void updateItem(ThumbnailTile tile, boolean empty) {
        super.updateItem(tile, empty);
        picture.imageProperty().unbind();
        if (shownTile != null) {
            shownTile.loadingProperty().removeListener(showLoading);
            shownTile = null;
        }
        placeholder.visibleProperty().unbind();
        reason.textProperty().unbind();
        retry.visibleProperty().unbind();
        pictureButton.visibleProperty().unbind();
        if (empty || tile == null) {
            box.setVisible(false);
            return;
        }
        StoredImage image = tile.image();
        picture.imageProperty().bind(tile.thumbnailProperty());
        pictureButton.visibleProperty().bind(tile.thumbnailProperty().isNotNull());
        shownTile = tile;
        tile.loadingProperty().addListener(showLoading);
        showLoading(tile.loadingProperty().get());
        placeholder.visibleProperty().bind(tile.problemProperty().isNotEmpty());
        reason.textProperty().bind(tile.problemProperty());
        retry.visibleProperty().bind(tile.retryableProperty());
        kind.setText(image.label());
        kind.getStyleClass().removeAll("kind-reference", "kind-audit", "kind-other");
        kind.getStyleClass().add("kind-" + image.kind().name().toLowerCase(Locale.ROOT));
        String name = image.location().key();
        // Keys can hold any character: control characters and bidi overrides are shown, not obeyed.
        key.setText(VisibleText.of(name.substring(name.lastIndexOf('/') + 1)));
        keyUri.setText(VisibleText.of(image.location().uri()));
        meta.setText(hasMeta(tile) ? MessageFormat.format(words.getString("tile.meta"), humanSize(image.sizeBytes()),
                image.lastModified() == null ? "" : ShownTime.local(image.lastModified(), ZoneId.systemDefault()))
                : "");
        meta.setVisible(hasMeta(tile));
        pictureButton.setAccessibleText(MessageFormat.format(words.getString("image.open.accessible"),
                image.label()));
        retry.setAccessibleText(MessageFormat.format(words.getString("image.retry.accessible"), image.label()));
        box.setVisible(true);
    }

    private void showLoading(boolean now) {
        if (now && loading == null) {
            loading = new ProgressIndicator();
            loading.setMaxSize(36, 36);
            pictureArea.getChildren().add(1, loading);
        }
        if (loading != null) {
            loading.setVisible(now);
        }
    }

    /** Whether the tile has a size or a time to show under its file name. */
    static boolean hasMeta(ThumbnailTile tile) {
        return tile.image().sizeBytes() >= 0 || tile.image().lastModified() != null;
    }

    static String humanSize(long bytes) {
        if (bytes < 0) {
            return "";  // from a result's keys: not listed, so the size is unknown
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
