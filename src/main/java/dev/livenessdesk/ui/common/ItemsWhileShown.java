package dev.livenessdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A view's copy of a view model's list that takes the list's changes only while the view is shown, and the changes
 * made meanwhile the moment it is shown again, in the order they were made.
 *
 * <p>Why: JavaFX styles and lays out the content of a tab that is not selected. A follow that ends with new images
 * made the hidden Images tab build its thumbnail cells, and the hidden History table its rows, on the FX thread
 * in the same pulse as the Result tab the user looks at (bench/fx-stall). Taking the hidden tabs out of the scene
 * moved a whole restyle to every tab switch; a list held back costs only the cells that changed, when the tab is
 * opened. Replaying each change as it was made (not one {@code setAll}) keeps a list's selection and scroll where a
 * live list would have kept them.
 */
public final class ItemsWhileShown<T> {

    /** Past this many held changes, showing the tab copies the whole list instead of replaying them. */
    static final int MOST_HELD_CHANGES = 64;

    private final ObservableList<T> source;
    private final ObservableList<T> copy = FXCollections.observableArrayList();
    private final ObservableList<T> copyView = FXCollections.unmodifiableObservableList(copy);
    private final ObservableBooleanValue shown;
    private final List<HeldChange<T>> held = new ArrayList<>();
    private boolean whollyStale;
    /** The source's size after the last change seen, to tell a change of the whole list. */
    private int heldSize;

    private ItemsWhileShown(ObservableList<T> source, ObservableBooleanValue shown) {
        this.source = source;
        this.shown = shown;
        copy.setAll(source);
        heldSize = source.size();
        source.addListener(this::changed);
        shown.addListener((obs, was, now) -> {
            if (now) {
                catchUp();
            }
        });
    }

    /** The copy of {@code source} to give a control; it follows {@code source} while {@code shown} is true. */
    public static <T> ItemsWhileShown<T> follow(ObservableList<T> source, ObservableBooleanValue shown) {
        return new ItemsWhileShown<>(Objects.requireNonNull(source), Objects.requireNonNull(shown));
    }

    /** The list a control shows (read-only: changes go to the source). */
    public ObservableList<T> items() {
        return copyView;
    }

    /** Whether changes are waiting for the view to be shown. */
    public boolean isBehind() {
        return whollyStale || !held.isEmpty();
    }

    private void changed(ListChangeListener.Change<? extends T> change) {
        boolean live = shown.get() && !isBehind();
        while (change.next()) {
            HeldChange<T> made = HeldChange.of(change, source);
            if (live) {
                apply(made);
            } else if (made.from() == 0 && made.removedSize() == heldSize) {
                // The whole list anew: what was held before it is moot, and a selection would be gone anyway.
                held.clear();
                whollyStale = true;
            } else if (!whollyStale) {
                held.add(made);
            }
            heldSize += made.added().size() - made.removedSize();
        }
        if (held.size() > MOST_HELD_CHANGES) {
            held.clear();
            whollyStale = true;
        }
    }

    private void catchUp() {
        if (!isBehind()) {
            return;
        }
        if (whollyStale) {
            // One change, however many were held: a grid lays its rows out again on every change.
            copy.setAll(source);
        } else {
            held.forEach(this::apply);
        }
        held.clear();
        whollyStale = false;
    }

    private void apply(HeldChange<T> change) {
        if (change.from() == 0 && change.removedSize() == copy.size()) {
            // The whole list anew (a setAll, a clear) stays one change: a grid rebuilds its rows once.
            copy.setAll(change.added());
            return;
        }
        if (change.removedSize() == change.added().size()) {
            // A replacement stays a replacement: a list keeps a replaced row selected.
            for (int i = 0; i < change.removedSize(); i++) {
                copy.set(change.from() + i, change.added().get(i));
            }
            return;
        }
        copy.remove(change.from(), change.from() + change.removedSize());
        copy.addAll(change.from(), change.added());
    }

    /** One change, with the items it added copied at the time (the source has moved on when it is replayed). */
    private record HeldChange<T>(int from, int removedSize, List<T> added) {

        static <T> HeldChange<T> of(ListChangeListener.Change<? extends T> change, ObservableList<T> source) {
            if (change.wasPermutated() || change.wasUpdated()) {
                // A sort, or items that changed inside: the range as it now stands.
                return new HeldChange<>(change.getFrom(), change.getTo() - change.getFrom(),
                        copied(source.subList(change.getFrom(), change.getTo())));
            }
            return new HeldChange<>(change.getFrom(), change.getRemovedSize(), copied(change.getAddedSubList()));
        }

        private static <T> List<T> copied(List<? extends T> items) {
            return java.util.Collections.unmodifiableList(new ArrayList<>(items));
        }
    }
}
