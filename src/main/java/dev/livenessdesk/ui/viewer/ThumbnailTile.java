package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.images.StoredImage;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/** One thumbnail of the grid: the stored image and how far its picture got (loading, shown, or why not). */
public final class ThumbnailTile {

    private final StoredImage image;
    private final ObjectProperty<Image> thumbnail = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty retryable = new SimpleBooleanProperty();

    public ThumbnailTile(StoredImage image) {
        this.image = image;
    }

    public StoredImage image() {
        return image;
    }

    public ObjectProperty<Image> thumbnailProperty() {
        return thumbnail;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Why no picture shows (empty while loading or shown). */
    public StringProperty problemProperty() {
        return problem;
    }

    /** True when trying again may help (the connection dropped), false for a corrupt object. */
    public BooleanProperty retryableProperty() {
        return retryable;
    }

    void showLoading() {
        thumbnail.set(null);
        problem.set("");
        retryable.set(false);
        loading.set(true);
    }

    void show(Image picture) {
        thumbnail.set(picture);
        problem.set("");
        retryable.set(false);
        loading.set(false);
    }

    void fail(String reason, boolean canRetry) {
        thumbnail.set(null);
        problem.set(reason);
        retryable.set(canRetry);
        loading.set(false);
    }
}
