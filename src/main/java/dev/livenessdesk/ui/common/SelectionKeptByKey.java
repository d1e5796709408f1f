package dev.livenessdesk.ui.common;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * A sortable table whose rows are replaced in place (a newer copy of the same record) keeps them selected. A
 * TableView drops the selection when a selected item is replaced by one that is not equal to it: the rows selected
 * before a change of the list are selected again after it, matched by key.
 *
 * <p>Both listeners sit on the source, one registered before the sorted list and one after it: the sorted list
 * (and through it the table) hears every change between them, however often the table's items are set again.
 */
public final class SelectionKeptByKey {

    private SelectionKeptByKey() {
    }

    /** The sorted list to give {@code table} as its items; the selection of equal keys outlives replacements. */
    public static <T> SortedList<T> sorted(ObservableList<T> source, TableView<T> table, Function<T, ?> key) {
        Objects.requireNonNull(key, "key");
        Set<Object> held = new HashSet<>();
        source.addListener((ListChangeListener<T>) change -> {
            held.clear();
            held.addAll(keysOf(table.getSelectionModel().getSelectedItems(), key));
        });
        SortedList<T> sorted = new SortedList<>(source);
        source.addListener((ListChangeListener<T>) change -> {
            if (held.isEmpty() || table.getItems() != sorted
                    || keysOf(table.getSelectionModel().getSelectedItems(), key).containsAll(held)) {
                return;
            }
            for (int i = 0; i < sorted.size(); i++) {
                if (held.contains(key.apply(sorted.get(i))) && !table.getSelectionModel().isSelected(i)) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        return sorted;
    }

    private static <T> Set<Object> keysOf(List<T> rows, Function<T, ?> key) {
        return rows.stream().filter(Objects::nonNull).map(key).collect(Collectors.toSet());
    }
}
