package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.ui.common.NewestRequest;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sessions under a bucket and prefix, a page at a time: the first page on {@link #list}, the next ones on
 * {@link #loadMore} (the list asks when scrolled to its end). A new listing drops the one before it. FX thread only.
 */
public final class SessionListViewModel {

    public static final int PAGE_SIZE = 50;

    private final NewestRequest listing;
    private final ListedRecords records;
    private final ResourceBundle words;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<SessionFolder> sessions = FXCollections.observableArrayList();
    private final ObservableList<SessionFolder> sessionsView = FXCollections.unmodifiableObservableList(sessions);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final StringProperty hint = new SimpleStringProperty("");

    private ImageStore store;
    private Optional<SessionRecords> teamRecords = Optional.empty();
    private String bucket = "";
    private String prefix = "";
    private Optional<String> nextToken = Optional.empty();

    /** @param onFailure shows a listing failure (the pane has one place for problems) */
    SessionListViewModel(TaskRunner tasks, ResourceBundle words, Consumer<Throwable> onFailure) {
        this.listing = new NewestRequest(tasks);
        this.records = new ListedRecords(tasks, words);
        this.words = Objects.requireNonNull(words, "words");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /**
     * Lists from the first page; with no bucket, says that one is needed. The campaign records under the prefix
     * are read once the first page is in.
     */
    void list(ImageStore where, Optional<SessionRecords> withRecords, String listedBucket, String listedPrefix) {
        store = where;
        teamRecords = withRecords;
        records.clear();
        bucket = listedBucket;
        prefix = listedPrefix;
        listing.cancel();
        busy.set(false);
        sessions.clear();
        nextToken = Optional.empty();
        more.set(false);
        if (bucket.isEmpty()) {
            hint.set(words.getString("sessions.noBucket"));
            return;
        }
        load(Optional.empty());
    }

    /** The next page, when there is one and none is on its way. */
    public void loadMore() {
        if (more.get() && !busy.get()) {
            load(nextToken);
        }
    }

    private void load(Optional<String> token) {
        ImageStore listedIn = store;
        String listedBucket = bucket;
        String listedPrefix = prefix;
        busy.set(true);
        hint.set(words.getString("sessions.loading"));
        listing.job(context -> listedIn.sessions(listedBucket, listedPrefix, token, PAGE_SIZE))
                .onSuccess((Page<SessionFolder> page) -> {
                    busy.set(false);
                    sessions.addAll(page.items());
                    if (token.isEmpty() && !page.items().isEmpty()) {
                        // One read covers every page of the prefix: later pages find their records already there.
                        records.read(teamRecords, listedBucket, listedPrefix);
                    }
                    nextToken = page.nextToken();
                    more.set(page.hasMore());
                    // S3 lists by key and ids are random: newest first holds within what is listed, not across pages.
                    hint.set(sessions.isEmpty() ? words.getString("sessions.none")
                            : page.hasMore() ? words.getString("sessions.order.listed") : "");
                })
                .onFailure(error -> {
                    busy.set(false);
                    hint.set("");
                    onFailure.accept(error);
                })
                .onCancelled(() -> busy.set(false))
                .start();
    }

    public ObservableList<SessionFolder> sessions() {
        return sessionsView;
    }

    /** The team records found under the prefix: a row shows its session's status, confidence and scenario. */
    ListedRecords records() {
        return records;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more;
    }

    /** A line under the list: loading, none found, no bucket. */
    public ReadOnlyStringProperty hintProperty() {
        return hint;
    }
}
