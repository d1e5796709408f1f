package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.EndpointResolver;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.session.LivenessRegions;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.ProfileChoices;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection chooser, the only writer of {@link ActiveConnection}: the profile picked in the bar, the region
 * the session form collects ({@link #chooseRegion}), the endpoint overrides (typed in {@link EndpointFieldsViewModel}),
 * and a viewer's "switch region". A picked profile brings its own region, and both land in one switch.
 */
public final class ConnectionChoiceViewModel {

    private final ActiveConnection.Writer writer;
    private final ActiveConnection active;
    private final ProfileCatalog catalog;
    private final TaskRunner tasks;
    private final EndpointFieldsViewModel endpoints;
    private final Remembered remembered;
    private final Words words = ConnectionBarViewModel.WORDS;

    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final StringProperty profile = new SimpleStringProperty(this, "profile");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private ProfileChoices choices = ProfileChoices.NONE;
    private boolean showing;

    /** What the last run chose (from the preferences), tried first; empty fields mean "nothing remembered". */
    public record Remembered(Optional<String> profile, Optional<String> region) {
        public static final Remembered NOTHING = new Remembered(Optional.empty(), Optional.empty());

        public Remembered {
            profile = profile == null ? Optional.empty() : profile.filter(p -> !p.isBlank());
            region = region == null ? Optional.empty() : region.filter(LivenessRegions::looksLikeRegion);
        }
    }

    /** @param endpoints where calls go when no override is typed (the environment, the profile) */
    public ConnectionChoiceViewModel(ActiveConnection.Writer writer, ProfileCatalog catalog, TaskRunner tasks,
                                     EndpointConfirmation confirmation, EndpointResolver endpoints,
                                     Remembered remembered) {
        this.writer = Objects.requireNonNull(writer);
        this.active = writer.active();
        this.catalog = Objects.requireNonNull(catalog);
        this.tasks = Objects.requireNonNull(tasks);
        this.endpoints = new EndpointFieldsViewModel(endpoints, confirmation);
        this.remembered = Objects.requireNonNull(remembered);
        profile.addListener((obs, old, now) -> profileChosen(now));
    }

    /** Reads the profiles in the background, then settles on a connection (the remembered one when it exists). */
    public void start() {
        reloadProfiles();
    }

    /** Reads the AWS files again (a profile added in a terminal shows up). */
    public void reloadProfiles() {
        tasks.job(context -> ProfileChoices.readFrom(catalog))
                .onSuccess(this::profilesRead)
                .onFailure(error -> {
                    notice.set(words.get("profiles.unreadable"));
                    profilesRead(ProfileChoices.NONE);
                })
                .start();
    }

    private void profilesRead(ProfileChoices read) {
        choices = read;
        ConnectionSettings current = active.getConnection();
        showing = true;
        try {
            profiles.setAll(read.names());
            if (current != null) {
                show(current);
                return;
            }
        } finally {
            showing = false;
        }
        Optional<String> usual = Optional.of(read.activeProfile()).filter(read.names()::contains);
        Optional<String> wanted = remembered.profile();
        boolean gone = wanted.isPresent() && !read.names().contains(wanted.get());
        if (gone) {
            notice.set(words.get("profile.rememberedGone", wanted.get(), usual.orElse(words.get("profile.prompt"))));
        }
        Optional<String> initial = gone || wanted.isEmpty() ? usual : wanted;
        String region = remembered.region().orElseGet(() -> LivenessRegions.preselect(read.regionFor(
                initial.orElse(null))));
        publish(initial, region);
    }

    private void profileChosen(String name) {
        if (showing) {
            return;
        }
        publish(Optional.ofNullable(name), LivenessRegions.preselect(choices.regionFor(name)));
    }

    /**
     * The region the session form collected, or a viewer's "switch to eu-west-1". Text that is not shaped like a
     * region id is not applied (half-typed regions would set off identity checks); returns whether it was.
     */
    public boolean chooseRegion(String region) {
        String typed = region == null ? "" : region.strip();
        ConnectionSettings current = active.getConnection();
        if (current == null || !LivenessRegions.looksLikeRegion(typed)) {
            return false;
        }
        publish(current.profile(), typed);
        return true;
    }

    /** Validates the endpoint fields, asking before plain http leaves this computer; applies them when fine. */
    public boolean applyEndpoints() {
        if (!endpoints.takeTyped()) {
            return false;
        }
        ConnectionSettings current = active.getConnection();
        if (current != null) {
            publish(current.profile(), current.region());
        } else {
            endpoints.clearProblem();
        }
        return true;
    }

    /** The chosen profile and region with the overrides, every endpoint made explicit, published when new. */
    private void publish(Optional<String> chosenProfile, String region) {
        ConnectionSettings next = endpoints.connection(chosenProfile, region);
        if (!next.equals(active.getConnection())) {
            writer.setConnection(next);
        }
        showing = true;
        try {
            show(next);
        } finally {
            showing = false;
        }
    }

    private void show(ConnectionSettings connection) {
        connection.profile().filter(name -> !profiles.contains(name)).ifPresent(profiles::add);
        profile.set(connection.profile().orElse(null));
        endpoints.show();
    }

    /** The profile names of the AWS files (the sandbox: its own one). */
    public ObservableList<String> profiles() {
        return profiles;
    }

    /** The picked profile; null means the SDK's default chain ("Environment credentials"). */
    public StringProperty profileProperty() {
        return profile;
    }

    /** The Endpoints fields: the overrides typed, what an empty one means, where calls go now. */
    public EndpointFieldsViewModel endpoints() {
        return endpoints;
    }

    /** A line about the choice itself: a remembered profile that is gone, AWS files that could not be read. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ActiveConnection active() {
        return active;
    }

    /** "dev · eu-west-1": the connection in use, for the status bar. */
    public StringBinding connectionSummary() {
        return Bindings.createStringBinding(() -> {
            ConnectionSettings connection = active.getConnection();
            return connection == null ? "" : connection.profile().orElse(words.get("profile.prompt")) + " \u00b7 "
                    + connection.region();
        }, active.connectionProperty());
    }
}
