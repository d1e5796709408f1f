package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.ui.common.NewestRequest;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pictures of the followed session's results: loaded once per session in the background (bytes decoded,
 * S3 objects read first), the reference shown large with its face box, and a note when they are missing or
 * cannot load. A failed load is tried again with the next answer. FX thread only.
 */
public final class ResultPicturesViewModel {

    private final Function<ConnectionSettings, ImageStore> imagesFor;
    private final NewestRequest loading;

    private final ReadOnlyObjectWrapper<List<S3Location>> resultLocations = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<ResultPicture> pictures = FXCollections.observableArrayList();
    private final ObservableList<ResultPicture> picturesView = FXCollections.unmodifiableObservableList(pictures);
    private final ReadOnlyObjectWrapper<ResultPicture> referencePicture = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ResultPicture> shownPicture = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loadingImages = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper imagesNote = new ReadOnlyStringWrapper("");
    private final BooleanProperty showFaceBox = new SimpleBooleanProperty(true);
    private boolean loadedOrLoading;

    /** @param imagesFor the image store of a connection; asked only for images that live in S3 */
    ResultPicturesViewModel(TaskRunner tasks, Function<ConnectionSettings, ImageStore> imagesFor) {
        this.imagesFor = Objects.requireNonNull(imagesFor, "imagesFor");
        this.loading = new NewestRequest(tasks);
    }

    /** Forgets the pictures shown (another session is followed) and stops a load in progress. */
    void clear() {
        loading.cancel();
        resultLocations.set(List.of());
        pictures.clear();
        referencePicture.set(null);
        shownPicture.set(null);
        imagesNote.set("");
        loadingImages.set(false);
        loadedOrLoading = false;
    }

    /** Takes the images of one answer; they are loaded the first time an answer names any. */
    void show(SessionResults answer, ConnectionSettings where) {
        List<ResultImage> all = Stream.concat(answer.referenceImage().stream(), answer.auditImages().stream())
                .toList();
        resultLocations.set(all.stream().flatMap(image -> image.s3Object().stream()).toList());
        if (all.isEmpty() || loadedOrLoading) {
            return;
        }
        loadedOrLoading = true;
        ResultImagesLoader loader = new ResultImagesLoader(() -> imagesFor.apply(where));
        loadingImages.set(true);
        loading.job(context -> loader.load(answer, context))
                .onSuccess(this::loaded)
                .onFailure(failure -> {
                    loadingImages.set(false);
                    // Let the next answer (a poll or Check now) try the images again.
                    loadedOrLoading = false;
                    imagesNote.set(ResultsText.get("images.failed", ServiceException.errorIn(failure)
                            .map(ServiceError::message).orElse(String.valueOf(failure.getMessage()))));
                })
                .onCancelled(() -> loadingImages.set(false))
                .start();
    }

    void dispose() {
        loading.cancel();
    }

    private void loaded(List<ResultPicture> loaded) {
        pictures.setAll(loaded);
        referencePicture.set(loaded.stream().filter(p -> p.kind() == ImageKind.REFERENCE).findFirst().orElse(null));
        shownPicture.set(referencePicture.get() != null ? referencePicture.get()
                : loaded.stream().findFirst().orElse(null));
        loadingImages.set(false);
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
}
