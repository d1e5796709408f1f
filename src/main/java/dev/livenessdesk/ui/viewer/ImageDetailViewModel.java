package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.ui.common.SaveFileChooser;
import dev.livenessdesk.ui.common.ErrorExplanation;
import dev.livenessdesk.ui.common.ShownTime;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.PresignedLink;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/**
 * One image at full size: loaded into memory once, zoomed, saved only where the user says, and shared as an S3
 * URI or a presigned URL whose real expiry is shown.
 */
public final class ImageDetailViewModel {

    public static final double MIN_ZOOM = 0.1;
    public static final double MAX_ZOOM = 8;

    private final TaskRunner runner;
    private final ImageStore store;
    private final StoredImage stored;
    private final ClipboardService clipboard;
    private final SaveFileChooser saveFileChooser;
    private final ResourceBundle words = ViewerWords.bundle();
    private final Clock clock;

    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty fitToWindow = new SimpleBooleanProperty(true);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ObjectProperty<LinkExpiry> linkExpiry = new SimpleObjectProperty<>(LinkExpiry.HOUR_1);
    private final StringProperty linkStatus = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Optional<dev.livenessdesk.core.session.BoundingBox>> faceBox =
            new SimpleObjectProperty<>(Optional.empty());
    private byte[] bytes;
    private TaskHandle loadJob = TaskHandle.DONE;

    public ImageDetailViewModel(TaskRunner runner, ImageStore store, StoredImage stored, ClipboardService clipboard,
                                SaveFileChooser saveFileChooser) {
        this(runner, store, stored, clipboard, saveFileChooser, Clock.systemDefaultZone());
    }

    ImageDetailViewModel(TaskRunner runner, ImageStore store, StoredImage stored, ClipboardService clipboard,
                         SaveFileChooser saveFileChooser, Clock clock) {
        this.runner = runner;
        this.store = store;
        this.stored = stored;
        this.clipboard = clipboard;
        this.saveFileChooser = saveFileChooser;
        this.clock = clock;
    }

    public void load() {
        loadJob.cancel();
        loading.set(true);
        problem.set("");
        loadJob = runner.job(context -> {
                    byte[] read = store.read(stored.location());
                    return new Loaded(read, ImageDecoding.fullSize(read, words));
                })
                .onSuccess((Loaded loaded) -> {
                    loading.set(false);
                    bytes = loaded.bytes();
                    image.set(loaded.image());
                })
                .onFailure(error -> {
                    loading.set(false);
                    problem.set(ErrorExplanation.of(error).fullText());
                })
                .onCancelled(() -> loading.set(false))
                .start();
    }

    private record Loaded(byte[] bytes, Image image) {
    }

    /** Stops a download still running: the window closed. */
    public void close() {
        loadJob.cancel();
    }

    public void showActualSize() {
        fitToWindow.set(false);
        zoom.set(1);
    }

    public void fit() {
        fitToWindow.set(true);
    }

    /** Multiplies the zoom (ctrl + wheel, or the buttons), leaving fit-to-window. */
    public void zoomBy(double factor) {
        fitToWindow.set(false);
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
    }

    /** Writes the bytes exactly as stored in S3 to the file the user picks: the only way they reach a disk. */
    public void saveAs() {
        if (bytes == null) {
            return;
        }
        Optional<Path> target = saveFileChooser.chooseTarget(fileName());
        if (target.isEmpty()) {
            return;
        }
        byte[] toWrite = bytes;
        Path path = target.get();
        runner.job(context -> Files.write(path, toWrite))
                .onSuccess(written -> status.set(MessageFormat.format(words.getString("detail.saved"), written)))
                .onFailure(error -> status.set(MessageFormat.format(words.getString("detail.saveFailed"), path,
                        error.getMessage())))
                .start();
    }

    public void copyS3Uri() {
        clipboard.copyText(stored.location().uri());
        status.set(words.getString("detail.copiedUri"));
    }

    public void copyPresignedUrl() {
        Duration validFor = linkExpiry.get().duration();
        runner.job(context -> store.presign(stored.location(), validFor))
                .onSuccess((PresignedLink link) -> {
                    clipboard.copyText(link.url().toString());
                    linkStatus.set(expiryText(link));
                    status.set(words.getString(link.opensNowhere() ? "detail.copiedUrl.nowhere" : "detail.copiedUrl"));
                })
                .onFailure(error -> linkStatus.set(ErrorExplanation.of(error).fullText()))
                .start();
    }

    private String expiryText(PresignedLink link) {
        if (link.opensNowhere()) {
            return MessageFormat.format(words.getString("detail.expires.nowhere"), link.url().getHost());
        }
        String when = ShownTime.withZone(link.expiresAt(),
                clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone());
        return MessageFormat.format(words.getString(link.shortenedByCredentials() ? "detail.expires.shortened"
                : "detail.expires"), when);
    }

    /** The key's last segment, what "Save as" proposes. */
    public String fileName() {
        String key = stored.location().key();
        return VisibleText.of(key.substring(key.lastIndexOf('/') + 1));
    }

    public StoredImage stored() {
        return stored;
    }

    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty fitToWindowProperty() {
        return fitToWindow;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<LinkExpiry> linkExpiryProperty() {
        return linkExpiry;
    }

    /** When the last copied link stops working, in words. */
    public ReadOnlyStringProperty linkStatusProperty() {
        return linkStatus;
    }

    /** Where the service found the face, as fractions of the picture; empty when it said nothing. */
    public ObjectProperty<Optional<dev.livenessdesk.core.session.BoundingBox>> faceBoxProperty() {
        return faceBox;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
