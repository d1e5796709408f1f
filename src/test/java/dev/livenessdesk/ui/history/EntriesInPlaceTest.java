package dev.livenessdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The shown list takes in the store's news entry by entry: a row that did not change is never removed. */
class EntriesInPlaceTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T10:15:30Z");

    private static HistoryEntry entry(String id, String status) {
        return new HistoryEntry(id, CREATED, Optional.empty(), "eu-west-1", Optional.empty(), "", 1, status,
                Optional.empty(), Optional.empty());
    }

    private final HistoryEntry first = entry("a", "CREATED");
    private final HistoryEntry second = entry("b", "CREATED");
    private final HistoryEntry third = entry("c", "CREATED");
    private final ObservableList<HistoryEntry> shown = FXCollections.observableArrayList(first, second, third);
    private final List<HistoryEntry> removed = new ArrayList<>();

    {
        shown.addListener((ListChangeListener<HistoryEntry>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
            }
        });
    }

    @Test
    void aRefreshAddsNewOnesReplacesChangedOnesDropsGoneOnesAndLeavesTheRestAlone() {
        HistoryEntry newest = entry("n", "CREATED");
        HistoryEntry secondEnded = entry("b", "SUCCEEDED");

        EntriesInPlace.mergeIn(shown, List.of(newest, first, secondEnded));

        assertThat(shown).containsExactly(newest, first, secondEnded);
        assertThat(shown.get(1)).isSameAs(first);
        assertThat(removed).containsExactlyInAnyOrder(third, second).doesNotContain(first);
    }

    @Test
    void anUpsertReplacesTheSameSessionInItsPlaceOrPutsANewOneFirst() {
        HistoryEntry thirdEnded = entry("c", "EXPIRED");
        EntriesInPlace.upsert(shown, thirdEnded);
        assertThat(shown).containsExactly(first, second, thirdEnded);

        HistoryEntry newest = entry("n", "CREATED");
        EntriesInPlace.upsert(shown, newest);
        assertThat(shown).containsExactly(newest, first, second, thirdEnded);
    }
}
