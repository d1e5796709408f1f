package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.BoundingBox;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * An image fitted into the available space, keeping its proportions, with the face's bounding box drawn over it
 * at the same scale (Rekognition gives the box as ratios of the image's width and height).
 */
public final class FaceBoxImageView extends Region {

    private final ImageView imageView = new ImageView();
    private final Rectangle faceBox = new Rectangle();
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final ObjectProperty<Optional<BoundingBox>> box =
            new SimpleObjectProperty<>(this, "box", Optional.empty());
    private final BooleanProperty boxVisible = new SimpleBooleanProperty(this, "boxVisible", true);

    public FaceBoxImageView() {
        getStyleClass().add("face-box-image");
        imageView.setPreserveRatio(true);
        imageView.setSmooth(true);
        imageView.imageProperty().bind(image);
        faceBox.getStyleClass().add("face-box");
        faceBox.setManaged(false);
        faceBox.setMouseTransparent(true);
        getChildren().addAll(imageView, faceBox);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        image.addListener((obs, old, now) -> requestLayout());
        box.addListener((obs, old, now) -> requestLayout());
        boxVisible.addListener((obs, old, now) -> requestLayout());
    }

    public ObjectProperty<Image> imageProperty() {
        return image;
    }

    public ObjectProperty<Optional<BoundingBox>> boxProperty() {
        return box;
    }

    public BooleanProperty boxVisibleProperty() {
        return boxVisible;
    }

    /** The rectangle drawn over the face, for tests and styling. */
    public Rectangle faceBox() {
        return faceBox;
    }

    @Override
    protected void layoutChildren() {
        Image shown = image.get();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        if (shown == null || shown.getWidth() <= 0 || shown.getHeight() <= 0 || width <= 0 || height <= 0) {
            faceBox.setVisible(false);
            return;
        }
        double scale = Math.min(width / shown.getWidth(), height / shown.getHeight());
        double shownWidth = shown.getWidth() * scale;
        double shownHeight = shown.getHeight() * scale;
        double x = snappedLeftInset() + (width - shownWidth) / 2;
        double y = snappedTopInset() + (height - shownHeight) / 2;
        imageView.setFitWidth(shownWidth);
        imageView.setFitHeight(shownHeight);
        imageView.relocate(x, y);
        Optional<BoundingBox> face = box.get() == null ? Optional.empty() : box.get();
        faceBox.setVisible(boxVisible.get() && face.isPresent());
        face.ifPresent(b -> {
            faceBox.setX(x + b.left() * shownWidth);
            faceBox.setY(y + b.top() * shownHeight);
            faceBox.setWidth(b.width() * shownWidth);
            faceBox.setHeight(b.height() * shownHeight);
        });
    }

    @Override
    protected double computePrefWidth(double height) {
        return 360;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 270;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 160;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 120;
    }
}
