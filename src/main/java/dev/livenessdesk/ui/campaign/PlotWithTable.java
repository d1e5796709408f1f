package dev.livenessdesk.ui.campaign;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A plot described for a screen reader by what it shows in words, and under it the same words and numbers as a
 * table, folded away until asked for (the plot keeps its height).
 */
final class PlotWithTable extends VBox {

    private final Node picture;
    private final Label summary = new Label();
    private final TableView<List<String>> table = new TableView<>();

    PlotWithTable(Node plot, Node picture, String id) {
        this.picture = picture;
        setSpacing(4);
        summary.setId(id + "Summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("secondary");
        table.setId(id + "Table");
        table.setAccessibleText(CampaignText.get("plotTable.accessible"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(200);
        VBox inWords = new VBox(4, summary, table);
        TitledPane asTable = new TitledPane(CampaignText.get("plotTable.title"), inWords);
        asTable.setId(id + "AsTable");
        asTable.setExpanded(false);
        asTable.setAnimated(false);
        VBox.setVgrow(plot, Priority.ALWAYS);
        getChildren().setAll(plot, asTable);
    }

    void show(PlotTable shown) {
        summary.setText(shown.summary());
        picture.setAccessibleText(shown.summary());
        List<TableColumn<List<String>, String>> columns = new java.util.ArrayList<>();
        for (int i = 0; i < shown.headers().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(shown.headers().get(i));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(index < row.getValue().size()
                    ? row.getValue().get(index) : ""));
            column.setSortable(false);
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        table.getItems().setAll(shown.rows());
    }
}
