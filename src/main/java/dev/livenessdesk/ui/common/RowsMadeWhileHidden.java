package dev.livenessdesk.ui.common;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

/**
 * Makes a hidden list's or table's rows and cells right after its first layout, from one stand-in item that is
 * never drawn, so the first opening of its tab fills rows instead of making them.
 *
 * <p>Why: a hidden tab takes its items only when opened ({@link ItemsWhileShown}), and a table makes a whole
 * viewport of rows (the empty ones below the last item too) the first time it has an item. For the history that
 * was 55-90 ms of the FX thread at the tab's first opening; filling rows already made takes 11-15 ms
 * (bench/fx-stall). Made here, the cost falls in the frames after start-up where the hidden tabs are built.
 */
public final class RowsMadeWhileHidden {

    private RowsMadeWhileHidden() {
    }

    /** For a table; does nothing if it is shown already (it then makes its rows as it goes). */
    public static <T> void prepare(TableView<T> table, ObservableBooleanValue shown, T standIn) {
        prepare(table, table.itemsProperty(), shown, standIn);
    }

    /** For a list; does nothing if it is shown already. */
    public static <T> void prepare(ListView<T> list, ObservableBooleanValue shown, T standIn) {
        prepare(list, list.itemsProperty(), shown, standIn);
    }

    private static <T> void prepare(Control control, ObjectProperty<ObservableList<T>> itemsOf,
                                    ObservableBooleanValue shown, T standIn) {
        if (shown.get()) {
            return;
        }
        // Laid out, the control knows how many rows fill it; they are made just after that pulse.
        control.heightProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> height, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    control.heightProperty().removeListener(this);
                    Platform.runLater(() -> makeRows(control, itemsOf, shown, standIn));
                }
            }
        });
    }

    private static <T> void makeRows(Control control, ObjectProperty<ObservableList<T>> itemsOf,
                                     ObservableBooleanValue shown, T standIn) {
        if (shown.get() || control.getScene() == null) {
            return;
        }
        // Swapped in and out within one event: no frame is drawn in between.
        ObservableList<T> items = itemsOf.get();
        itemsOf.set(FXCollections.observableArrayList(standIn));
        control.applyCss();
        control.layout();
        itemsOf.set(items);
    }
}
