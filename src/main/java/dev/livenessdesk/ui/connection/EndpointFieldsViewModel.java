package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.connection.AwsService;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.EndpointCheck;
import dev.livenessdesk.core.connection.EndpointResolver;
import dev.livenessdesk.core.connection.EndpointValidator;
import java.net.URI;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The bar's Endpoints fields: what the user typed for each service (the overrides), what an empty field means (its
 * prompt), where calls go now and the problem with what was typed. Typed text becomes an override only once
 * {@link ConnectionChoiceViewModel#applyEndpoints} has checked it; the choice then publishes the connection.
 */
public final class EndpointFieldsViewModel {

    private final EndpointChoice endpoints;
    private final Words words = ConnectionBarViewModel.WORDS;

    private final StringProperty rekognitionEndpoint = new SimpleStringProperty(this, "rekognitionEndpoint", "");
    private final StringProperty s3Endpoint = new SimpleStringProperty(this, "s3Endpoint", "");
    private final StringProperty cloudTrailEndpoint = new SimpleStringProperty(this, "cloudTrailEndpoint", "");
    private final StringProperty athenaEndpoint = new SimpleStringProperty(this, "athenaEndpoint", "");
    private final ReadOnlyStringWrapper endpointProblem = new ReadOnlyStringWrapper(this, "endpointProblem", "");
    private final ReadOnlyStringWrapper endpointSummary = new ReadOnlyStringWrapper(this, "endpointSummary");
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

    /** @param resolver where calls go when no override is typed (the environment, the profile) */
    EndpointFieldsViewModel(EndpointResolver resolver, EndpointConfirmation confirmation) {
        this.endpoints = new EndpointChoice(resolver, confirmation);
        endpointSummary.set(words.get("endpoint.default"));
    }

    /**
     * Checks every field, asking before plain http leaves this computer; when all are fine they become the
     * overrides and this answers true, otherwise the problem is shown and nothing changes.
     */
    boolean takeTyped() {
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

    /** The profile and region with the overrides, every endpoint made explicit. */
    ConnectionSettings connection(Optional<String> profile, String region) {
        return endpoints.effective(new ConnectionSettings(profile, region, rekognitionOverride, s3Override,
                cloudTrailOverride, athenaOverride));
    }

    /** Nothing to say about the fields (they were applied with no connection chosen yet). */
    void clearProblem() {
        endpointProblem.set("");
    }

    /** Shows the connection last made explicit. */
    void show() {
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
}
