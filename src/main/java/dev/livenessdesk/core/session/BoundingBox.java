package dev.livenessdesk.core.session;

/** Where the face is in an image, as ratios of the image's width and height (0..1), as Rekognition gives it. */
public record BoundingBox(double left, double top, double width, double height) {
}
