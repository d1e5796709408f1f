package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.connection.AwsService;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.EndpointCheck;
import dev.livenessdesk.core.connection.EndpointResolver;
import dev.livenessdesk.core.connection.EndpointValidator;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.session.LivenessRegions;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.ProfileChoices;
import dev.livenessdesk.ui.common.TaskRunner;
import java.net.URI;
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
 * the session form collects ({@link #chooseRegion}), the endpoint overrides, and a viewer's "switch region".
 * A picked profile brings its own region, and both land in one switch.
 */
public final class ConnectionChoiceViewModel {

    private final ActiveConnection.Writer writer;
    private final ActiveConnection active;
    private final ProfileCatalog catalog;
    private final TaskRunner tasks;
    private final EndpointChoice endpoints;
    private final Remembered remembered;
    private final Words words = ConnectionBarViewModel.WORDS;

    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final StringProperty profile = new SimpleStringProperty(this, "profile");
    private final StringProperty rekognitionEndpoint = new SimpleStringProperty(this, "rekognitionEndpoint", "");
    private final StringProperty s3Endpoint = new SimpleStringProperty(this, "s3Endpoint", "");
    private final StringProperty cloudTrailEndpoint = new SimpleStringProperty(this, "cloudTrailEndpoint", "");
    private final StringProperty athenaEndpoint = new SimpleStringProperty(this, "athenaEndpoint", "");
    private final ReadOnlyStringWrapper endpointProblem = new ReadOnlyStringWrapper(this, "endpointProblem", "");
    private final ReadOnlyStringWrapper endpointSummary = new ReadOnlyStringWrapper(this, "endpointSummary");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private final ReadOnlyStringWrapper endpointDetails = new ReadOnlyStringWrapper(this, "endpointDetails", "");
    private final ReadOnlyStringWrapper rekognitionPrompt = new ReadOnlyStringWrapper(this, "rekognitionPrompt", "");
    private final ReadOnlyStringWrapper s3Prompt = new ReadOnlyStringWrapper(this, "s3Prompt", "");
    private final ReadOnlyStringWrapper cloudTrailPrompt = new ReadOnlyStringWrapper(this, "cloudTrailPrompt", "");
    private final ReadOnlyStringWrapper athenaPrompt = new ReadOnlyStringWrapper(this, "athenaPrompt", "");
    private Optional<URI> rekognitionOverride = Optional.empty();
    private Optional<URI> s3Override = Optional.empty();
    private Optional<URI> cloudTrailOverride = Optional.empty();
    private Optional<URI> athenaOverride = Optional.empty();
    private String typedProblem = "";
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
        this.endpoints = new EndpointChoice(endpoints, confirmation);
        this.remembered = Objects.requireNonNull(remembered);
        profile.addListener((obs, old, now) -> profileChosen(now));
        endpointSummary.set(words.get("endpoint.default"));
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
        Optional<Optional<URI>> rekognition = checkEndpoint(rekognitionEndpoint.get());
        if (rekognition.isEmpty()) {
            return false;
        }
        Optional<Optional<URI>> s3 = checkEndpoint(s3Endpoint.get());
        if (s3.isEmpty()) {
            return false;
        }
        Optional<Optional<URI>> cloudTrail = checkEndpoint(cloudTrailEndpoint.get());
        if (cloudTrail.isEmpty()) {
            return false;
        }
        Optional<Optional<URI>> athena = checkEndpoint(athenaEndpoint.get());
        if (athena.isEmpty()) {
            return false;
        }
        typedProblem = "";
        rekognitionOverride = rekognition.get();
        s3Override = s3.get();
        cloudTrailOverride = cloudTrail.get();
        athenaOverride = athena.get();
        ConnectionSettings current = active.getConnection();
        if (current != null) {
            publish(current.profile(), current.region());
        } else {
            endpointProblem.set("");
        }
        return true;
    }

    /** The endpoint when usable (empty inner: no override), empty when the user must fix or declined it. */
    private Optional<Optional<URI>> checkEndpoint(String text) {
        EndpointCheck check = EndpointValidator.check(text, false);
        Optional<EndpointCheck> usable = check.outcome() == EndpointCheck.Outcome.ERROR ? Optional.empty()
                : endpoints.confirmed(check, true);
        if (usable.isEmpty()) {
            typedProblem = check.message();
            endpointProblem.set(typedProblem);
            return Optional.empty();
        }
        return Optional.of(usable.get().endpoint());
    }

    /** The chosen profile and region with the overrides, every endpoint made explicit, published when new. */
    private void publish(Optional<String> chosenProfile, String region) {
        ConnectionSettings next = endpoints.effective(new ConnectionSettings(chosenProfile, region,
                rekognitionOverride, s3Override, cloudTrailOverride, athenaOverride));
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
        // The fields hold what the user typed; what the environment or a profile sets is their prompt.
        rekognitionEndpoint.set(rekognitionOverride.map(URI::toString).orElse(""));
        s3Endpoint.set(s3Override.map(URI::toString).orElse(""));
        cloudTrailEndpoint.set(cloudTrailOverride.map(URI::toString).orElse(""));
        athenaEndpoint.set(athenaOverride.map(URI::toString).orElse(""));
        endpointSummary.set(endpoints.summary());
        endpointDetails.set(endpoints.details());
        rekognitionPrompt.set(endpoints.prompt(AwsService.REKOGNITION));
        s3Prompt.set(endpoints.prompt(AwsService.S3));
        cloudTrailPrompt.set(endpoints.prompt(AwsService.CLOUDTRAIL));
        athenaPrompt.set(endpoints.prompt(AwsService.ATHENA));
        endpointProblem.set(typedProblem.isEmpty() ? endpoints.problem() : typedProblem);
    }

    /** The profile names of the AWS files (the sandbox: its own one). */
    public ObservableList<String> profiles() {
        return profiles;
    }

    /** The picked profile; null means the SDK's default chain ("Environment credentials"). */
    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty rekognitionEndpointProperty() {
        return rekognitionEndpoint;
    }

    public StringProperty s3EndpointProperty() {
        return s3Endpoint;
    }

    public ReadOnlyStringProperty endpointProblemProperty() {
        return endpointProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endpointSummaryProperty() {
        return endpointSummary.getReadOnlyProperty();
    }

    /** Each service's endpoint in use and where it comes from, one line each. */
    public ReadOnlyStringProperty endpointDetailsProperty() {
        return endpointDetails.getReadOnlyProperty();
    }

    /** "empty: http://127.0.0.1:9 (from AWS_ENDPOINT_URL_REKOGNITION)": what an empty override field means. */
    public ReadOnlyStringProperty rekognitionPromptProperty() {
        return rekognitionPrompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty s3PromptProperty() {
        return s3Prompt.getReadOnlyProperty();
    }

    /** The Activity tab's reads of CloudTrail's event history. */
    public StringProperty cloudTrailEndpointProperty() {
        return cloudTrailEndpoint;
    }

    /** The Activity tab's reads through Athena. */
    public StringProperty athenaEndpointProperty() {
        return athenaEndpoint;
    }

    public ReadOnlyStringProperty cloudTrailPromptProperty() {
        return cloudTrailPrompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty athenaPromptProperty() {
        return athenaPrompt.getReadOnlyProperty();
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
