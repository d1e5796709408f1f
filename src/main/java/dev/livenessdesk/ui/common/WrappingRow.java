package dev.livenessdesk.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;

/**
 * A row of two parts, a lead that grows and a trail of actions, on one line where the width allows both at their
 * preferred widths (a label in the lead that wraps may take two lines there), and the trail on a line of its own under the lead where it does not (larger text, a narrow
 * window): neither part is squeezed below its words, and the row never asks for more width than its wider part.
 * Its first child is the lead, its second the trail (the order of Tab follows).
 */
public final class WrappingRow extends Pane {

    private final DoubleProperty gap = new SimpleDoubleProperty(this, "gap", 6);

    public WrappingRow() {
        gap.addListener((obs, old, now) -> requestLayout());
    }

    /** The room between the lead and the trail, sideways on one line and downwards on two. */
    public DoubleProperty gapProperty() {
        return gap;
    }

    public double getGap() {
        return gap.get();
    }

    public void setGap(double value) {
        gap.set(value);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return sideways(Math.max(lead().minWidth(-1), trail().minWidth(-1)));
    }

    @Override
    protected double computePrefWidth(double height) {
        return sideways(lead().prefWidth(-1) + getGap() + trail().prefWidth(-1));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        if (width < 0 || oneLine(width)) {
            double inner = width < 0 ? -1 : leadWidthOnOneLine(width);
            return insets.getTop() + Math.max(lead().prefHeight(inner), trail().prefHeight(-1))
                    + insets.getBottom();
        }
        double inner = width - insets.getLeft() - insets.getRight();
        return insets.getTop() + lead().prefHeight(inner) + getGap()
                + trail().prefHeight(Math.min(inner, trail().prefWidth(-1))) + insets.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        double inner = getWidth() - left - insets.getRight();
        double trailWidth = Math.min(inner, trail().prefWidth(-1));
        if (oneLine(getWidth())) {
            double height = getHeight() - top - insets.getBottom();
            double leadWidth = leadWidthOnOneLine(getWidth());
            lead().resizeRelocate(left, top, leadWidth, height);
            trail().resizeRelocate(left + inner - trailWidth, top, trailWidth, height);
        } else {
            double leadHeight = lead().prefHeight(inner);
            lead().resizeRelocate(left, top, inner, leadHeight);
            trail().resizeRelocate(left, top + leadHeight + getGap(), trailWidth,
                    trail().prefHeight(trailWidth));
        }
    }

    private boolean oneLine(double width) {
        return leadNeeds() + getGap() + trail().prefWidth(-1)
                <= width - getInsets().getLeft() - getInsets().getRight() + 0.5;
    }

    /** The lead's preferred width, less half of each label in it that wraps: such a label may take two lines. */
    private double leadNeeds() {
        double folds = 0;
        if (lead() instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child instanceof Labeled label && label.isWrapText() && label.isManaged()) {
                    folds += label.prefWidth(-1) / 2;
                }
            }
        }
        return lead().prefWidth(-1) - folds;
    }

    private double leadWidthOnOneLine(double width) {
        return width - getInsets().getLeft() - getInsets().getRight() - getGap() - trail().prefWidth(-1);
    }

    private double sideways(double inner) {
        return getInsets().getLeft() + inner + getInsets().getRight();
    }

    private Node lead() {
        return getManagedChildren().get(0);
    }

    private Node trail() {
        return getManagedChildren().get(1);
    }
}
