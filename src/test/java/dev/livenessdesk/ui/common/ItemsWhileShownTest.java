package dev.livenessdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A hidden tab's list holds the view model's changes back and takes them, in order, when the tab is shown. */
@ExtendWith(ApplicationExtension.class) // a ListView needs the toolkit
class ItemsWhileShownTest {

    private final ObservableList<String> source = FXCollections.observableArrayList("a", "b", "c");
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private final ItemsWhileShown<String> copy = ItemsWhileShown.follow(source, shown);
    private final List<String> heard = new ArrayList<>();

    ItemsWhileShownTest() {
        copy.items().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                heard.add(describe(change));
            }
        });
    }

    @Test
    void whileShownTheCopyFollowsEveryChangeAsItIsMade() {
        source.add(1, "x");
        source.set(0, "A");
        source.remove("c");

        assertThat(copy.items()).containsExactly("A", "x", "b");
        assertThat(heard).containsExactly("add 1 [x]", "replace 0 [a] by [A]", "remove 3 [c]");
        assertThat(copy.isBehind()).isFalse();
    }

    @Test
    void whileHiddenNothingChangesAndShowingReplaysTheHeldChangesInOrder() {
        shown.set(false);
        source.add(0, "new");
        source.set(2, "B");

        assertThat(copy.items()).containsExactly("a", "b", "c");
        assertThat(heard).isEmpty();
        assertThat(copy.isBehind()).isTrue();

        shown.set(true);

        assertThat(copy.items()).containsExactly("new", "a", "B", "c");
        // A replaced row stays a replacement, so a table keeps it selected.
        assertThat(heard).containsExactly("add 0 [new]", "replace 2 [b] by [B]");
        assertThat(copy.isBehind()).isFalse();
    }

    @Test
    void aSelectedRowThatChangedWhileHiddenIsStillSelectedWhenShown() {
        ListView<String> list = new ListView<>(copy.items());
        list.getSelectionModel().select("b");
        shown.set(false);
        source.set(1, "b, now SUCCEEDED");
        source.add(0, "newer");

        shown.set(true);

        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo("b, now SUCCEEDED");
    }

    @Test
    void aWholeNewListWhileHiddenIsOneChangeWhenShownHoweverManyCameBeforeIt() {
        shown.set(false);
        source.add("d");
        source.clear();
        source.addAll("p", "q");
        source.setAll("x", "y", "z");

        shown.set(true);

        assertThat(copy.items()).containsExactly("x", "y", "z");
        // A grid lays its rows out again on every change it is told of.
        assertThat(heard).containsExactly("replace 0 [a, b, c] by [x, y, z]");
    }

    @Test
    void editsAfterAWholeNewListAreInTheOneChangeToo() {
        shown.set(false);
        source.setAll("x", "y");
        source.add("z");
        source.remove("x");

        shown.set(true);

        assertThat(copy.items()).containsExactly("y", "z");
        assertThat(heard).hasSize(1);
    }

    @Test
    void sortsAndManyChangesWhileHiddenEndInTheSourceOrder() {
        shown.set(false);
        IntStream.range(0, ItemsWhileShown.MOST_HELD_CHANGES + 5).forEach(i -> source.add(1, "n" + i));
        FXCollections.sort(source);

        shown.set(true);

        assertThat(copy.items()).containsExactlyElementsOf(source);
        assertThat(heard).hasSize(1);
    }

    @Test
    void aSortWhileShownKeepsTheCopyInTheSourceOrder() {
        source.setAll("c", "a", "b");
        FXCollections.sort(source);

        assertThat(copy.items()).containsExactly("a", "b", "c");
    }

    @Test
    void showingWithNothingHeldTellsTheControlNothing() {
        shown.set(false);
        shown.set(true);

        assertThat(heard).isEmpty();
    }

    @Test
    void theCopyCannotBeChangedByTheControl() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> copy.items().add("z"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static String describe(ListChangeListener.Change<? extends String> change) {
        if (change.wasReplaced()) {
            return "replace " + change.getFrom() + " " + change.getRemoved() + " by " + change.getAddedSubList();
        }
        if (change.wasAdded()) {
            return "add " + change.getFrom() + " " + change.getAddedSubList();
        }
        if (change.wasRemoved()) {
            return "remove " + change.getFrom() + " " + change.getRemoved();
        }
        return "other " + change;
    }
}
