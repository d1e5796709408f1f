package dev.livenessdesk.ui.campaign;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * A legend drawn with the same colours and dashes the plot uses, so the report's pictures read without guessing
 * (the charts' own legend follows CSS classes, not the styles set per series here).
 */
final class PlotLegend extends FlowPane {

    PlotLegend() {
        super(14, 4);
        getStyleClass().add("plot-legend");
        setPadding(new Insets(2, 8, 2, 8));
    }

    void clear() {
        getChildren().clear();
    }

    void line(String text, String color, boolean dashed) {
        Line line = new Line(0, 0, 22, 0);
        line.setStyle("-fx-stroke: " + color + ";");
        line.setStrokeWidth(2.5);
        if (dashed) {
            line.getStrokeDashArray().setAll(6.0, 4.0);
        }
        getChildren().add(label(text, line));
    }

    void dot(String text, String color) {
        Circle dot = new Circle(5);
        dot.setStyle("-fx-fill: " + color + ";");
        getChildren().add(label(text, dot));
    }

    private static Label label(String text, javafx.scene.Node graphic) {
        Label label = new Label(text, graphic);
        label.getStyleClass().add("plot-legend-item");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
