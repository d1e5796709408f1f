package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.DeviceCode;
import dev.livenessdesk.core.connection.EndpointCheck;
import dev.livenessdesk.core.connection.EndpointValidator;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.session.LivenessRegions;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.connection.SignInRoute;
import dev.livenessdesk.core.connection.SsoSignIn;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.Browser;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.ProfileChoices;
import dev.livenessdesk.ui.common.TaskRunner;
import dev.livenessdesk.ui.common.ClipboardService;
import java.net.URI;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection bar's state: which profile, region and endpoints are in use, who that is (checked in the
 * background after every switch), how long temporary credentials last, and the IAM Identity Center sign-in.
 * Writes {@link ActiveConnection} once per switch and follows it when another screen changes it.
 */
public final class ConnectionBarViewModel {

    static final String BUNDLE = "dev.livenessdesk.ui.connection.ConnectionBar";

    private final ActiveConnection active;
    private final Backend backend;
    private final TaskRunner tasks;
    private final Browser browser;
    private final ClipboardService clipboard;
    private final EndpointConfirmation confirmation;
    private final Clock clock;
    private final Executor fxThread;
    private final ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    private final ExpiryWords expiryWords = new ExpiryWords(words);

    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList(LivenessRegions.SUPPORTED);
    private final StringProperty profile = new SimpleStringProperty(this, "profile");
    private final StringProperty region = new SimpleStringProperty(this, "region");
    private final StringProperty rekognitionEndpoint = new SimpleStringProperty(this, "rekognitionEndpoint", "");
    private final StringProperty s3Endpoint = new SimpleStringProperty(this, "s3Endpoint", "");
    private final ReadOnlyStringWrapper endpointProblem = new ReadOnlyStringWrapper(this, "endpointProblem", "");
    private final ReadOnlyStringWrapper endpointSummary = new ReadOnlyStringWrapper(this, "endpointSummary");
    private final ReadOnlyStringWrapper regionProblem = new ReadOnlyStringWrapper(this, "regionProblem", "");

    private final ReadOnlyObjectWrapper<IdentityState> identityState =
            new ReadOnlyObjectWrapper<>(this, "identityState", IdentityState.UNKNOWN);
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper(this, "account", "");
    private final ReadOnlyStringWrapper callerArn = new ReadOnlyStringWrapper(this, "callerArn", "");
    private final ReadOnlyStringWrapper credentialSource = new ReadOnlyStringWrapper(this, "credentialSource", "");
    private final ReadOnlyStringWrapper identityMessage = new ReadOnlyStringWrapper(this, "identityMessage", "");
    private final ReadOnlyObjectWrapper<ServiceError> identityError = new ReadOnlyObjectWrapper<>(this, "identityError");
    private final ReadOnlyObjectWrapper<Optional<Instant>> credentialsExpiry =
            new ReadOnlyObjectWrapper<>(this, "credentialsExpiry", Optional.empty());
    private final ReadOnlyStringWrapper expiryText = new ReadOnlyStringWrapper(this, "expiryText", "");

    private final ReadOnlyBooleanWrapper signInOffered = new ReadOnlyBooleanWrapper(this, "signInOffered");
    private final ReadOnlyBooleanWrapper signingIn = new ReadOnlyBooleanWrapper(this, "signingIn");
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper(this, "userCode", "");
    private final ReadOnlyObjectWrapper<URI> signInPage = new ReadOnlyObjectWrapper<>(this, "signInPage");
    private final ReadOnlyStringWrapper signInCommand = new ReadOnlyStringWrapper(this, "signInCommand", "");
    private final ReadOnlyStringWrapper signInMessage = new ReadOnlyStringWrapper(this, "signInMessage", "");
    private final BooleanProperty sandbox = new SimpleBooleanProperty(this, "sandbox");

    private final Set<URI> confirmedPlainHttp = new HashSet<>();
    private ProfileChoices choices = ProfileChoices.NONE;
    private boolean adopting;
    private long checkGeneration;
    private TaskHandle identityCheck = TaskHandle.DONE;
    private TaskHandle signIn = TaskHandle.DONE;

    /**
     * @param fxThread runs code on the FX thread ({@code Platform::runLater}; tests: {@code Runnable::run}), for what
     *                 the sign-in reports while it is still running
     */
    public ConnectionBarViewModel(ActiveConnection active, Backend backend, TaskRunner tasks, Browser browser,
                                  ClipboardService clipboard, EndpointConfirmation confirmation, Clock clock,
                                  Executor fxThread) {
        this.active = Objects.requireNonNull(active);
        this.backend = Objects.requireNonNull(backend);
        this.tasks = Objects.requireNonNull(tasks);
        this.browser = Objects.requireNonNull(browser);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.confirmation = Objects.requireNonNull(confirmation);
        this.clock = Objects.requireNonNull(clock);
        this.fxThread = Objects.requireNonNull(fxThread);

        active.setSandbox(backend.isSandbox());
        sandbox.bind(active.sandboxProperty());
        profile.addListener((obs, old, now) -> profileChosen(now));
        region.addListener((obs, old, now) -> regionChosen(now));
        active.connectionProperty().addListener((obs, old, now) -> connectionChanged(now));
        updateEndpointSummary(Optional.empty(), Optional.empty());
    }

    /** Reads the profiles in the background, then settles on a connection and checks who it is. */
    public void start() {
        reloadProfiles();
    }

    /** Reads the AWS files again (a profile added in a terminal shows up). */
    public void reloadProfiles() {
        tasks.job(context -> ProfileChoices.readFrom(backend.profiles()))
                .onSuccess(this::profilesRead)
                .onFailure(error -> profilesRead(ProfileChoices.NONE))
                .start();
    }

    private void profilesRead(ProfileChoices read) {
        choices = read;
        ConnectionSettings current = active.getConnection();
        adopting = true;
        try {
            profiles.setAll(read.names());
            if (current == null) {
                Optional<String> initial = Optional.of(read.activeProfile()).filter(read.names()::contains);
                profile.set(initial.orElse(null));
                region.set(LivenessRegions.preselect(read.regionFor(initial.orElse(null))));
            } else {
                showConnection(current);
            }
        } finally {
            adopting = false;
        }
        if (current == null) {
            commit();
        } else {
            checkIdentity();
        }
    }

    private void profileChosen(String name) {
        if (adopting) {
            return;
        }
        adopting = true;
        try {
            // A new profile brings its own region, and both land in one switch.
            region.set(LivenessRegions.preselect(choices.regionFor(name)));
        } finally {
            adopting = false;
        }
        commit();
    }

    private void regionChosen(String value) {
        if (adopting) {
            return;
        }
        commit();
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
        endpointProblem.set("");
        commit();
        return true;
    }

    /** The endpoint when usable (empty inner: no override), empty when the user must fix or declined it. */
    private Optional<Optional<URI>> checkEndpoint(String text) {
        EndpointCheck check = EndpointValidator.check(text, false);
        if (check.outcome() == EndpointCheck.Outcome.NEEDS_CONFIRMATION) {
            URI endpoint = check.endpoint().orElseThrow();
            if (confirmedPlainHttp.contains(endpoint) || confirmation.confirmPlainHttp(endpoint, check.message())) {
                confirmedPlainHttp.add(endpoint);
                check = EndpointValidator.check(text, true);
            } else {
                endpointProblem.set(check.message());
                return Optional.empty();
            }
        }
        if (check.outcome() == EndpointCheck.Outcome.ERROR) {
            endpointProblem.set(check.message());
            return Optional.empty();
        }
        return Optional.of(check.endpoint());
    }

    /** Builds the connection from the fields and publishes it when it differs; the identity check follows. */
    private void commit() {
        String chosenRegion = region.get() == null ? "" : region.get().trim();
        if (!LivenessRegions.looksLikeRegion(chosenRegion)) {
            regionProblem.set(MessageFormat.format(words.getString("region.shape"), chosenRegion));
            return;
        }
        regionProblem.set(LivenessRegions.isSupported(chosenRegion) ? ""
                : MessageFormat.format(words.getString("region.unsupported"), chosenRegion));
        Optional<URI> rekognition = EndpointValidator.check(rekognitionEndpoint.get(), true).endpoint();
        Optional<URI> s3 = EndpointValidator.check(s3Endpoint.get(), true).endpoint();
        ConnectionSettings next = new ConnectionSettings(Optional.ofNullable(profile.get()), chosenRegion,
                endpointProblem.get().isEmpty() ? rekognition : currentOr(ConnectionSettings::rekognitionEndpoint),
                endpointProblem.get().isEmpty() ? s3 : currentOr(ConnectionSettings::s3Endpoint));
        if (next.equals(active.getConnection())) {
            return;
        }
        active.setConnection(next);
    }

    private Optional<URI> currentOr(java.util.function.Function<ConnectionSettings, Optional<URI>> field) {
        return active.getConnection() == null ? Optional.empty() : field.apply(active.getConnection());
    }

    private void connectionChanged(ConnectionSettings now) {
        if (now == null) {
            return;
        }
        adopting = true;
        try {
            showConnection(now);
        } finally {
            adopting = false;
        }
        checkIdentity();
    }

    private void showConnection(ConnectionSettings connection) {
        connection.profile().filter(name -> !profiles.contains(name)).ifPresent(profiles::add);
        profile.set(connection.profile().orElse(null));
        region.set(connection.region());
        rekognitionEndpoint.set(connection.rekognitionEndpoint().map(URI::toString).orElse(""));
        s3Endpoint.set(connection.s3Endpoint().map(URI::toString).orElse(""));
        updateEndpointSummary(connection.rekognitionEndpoint(), connection.s3Endpoint());
    }

    private void updateEndpointSummary(Optional<URI> rekognition, Optional<URI> s3) {
        if (rekognition.isEmpty() && s3.isEmpty()) {
            endpointSummary.set(words.getString("endpoint.default"));
        } else {
            endpointSummary.set(MessageFormat.format(words.getString("endpoint.custom"),
                    rekognition.map(URI::getAuthority).orElse(words.getString("endpoint.aws")),
                    s3.map(URI::getAuthority).orElse(words.getString("endpoint.aws"))));
        }
    }

    /** Asks "who am I?" for the active connection in the background; a newer switch wins over an older answer. */
    public void checkIdentity() {
        ConnectionSettings connection = active.getConnection();
        // A new generation first, so the cancelled check's callback knows it is stale.
        long generation = ++checkGeneration;
        identityCheck.cancel();
        active.setIdentity(null);
        clearIdentity();
        Optional<IdentityService> service = backend.identityService();
        if (connection == null || service.isEmpty()) {
            identityState.set(IdentityState.UNKNOWN);
            identityMessage.set(connection == null ? "" : words.getString("identity.unavailable"));
            return;
        }
        identityState.set(IdentityState.CHECKING);
        identityMessage.set(words.getString("identity.checking"));
        identityCheck = tasks.job(context -> service.get().whoAmI(connection))
                .onSuccess(identity -> {
                    if (generation == checkGeneration) {
                        identityKnown(identity);
                    }
                })
                .onFailure(error -> {
                    if (generation == checkGeneration) {
                        identityFailed(errorOf(error));
                    }
                })
                .onCancelled(() -> {
                    if (generation == checkGeneration) {
                        identityState.set(IdentityState.UNKNOWN);
                        identityMessage.set(words.getString("identity.cancelled"));
                    }
                })
                .start();
    }

    private void clearIdentity() {
        account.set("");
        callerArn.set("");
        credentialSource.set("");
        identityError.set(null);
        credentialsExpiry.set(Optional.empty());
        expiryText.set("");
        signInOffered.set(false);
        signInCommand.set("");
    }

    private void identityKnown(CallerIdentity identity) {
        identityState.set(IdentityState.KNOWN);
        account.set(identity.account());
        callerArn.set(identity.arn());
        credentialSource.set(identity.credentialSource());
        identityMessage.set(MessageFormat.format(words.getString("identity.known"), identity.account(),
                identity.arn()));
        credentialsExpiry.set(identity.credentialsExpiry());
        tick();
        active.setIdentity(identity);
    }

    private void identityFailed(ServiceError error) {
        identityState.set(IdentityState.FAILED);
        identityError.set(error);
        identityMessage.set(error.fullText());
        boolean ssoNeeded = error.kind() == ErrorKind.SSO_SIGN_IN_NEEDED && !sandbox.get()
                && backend.ssoSignIn().isPresent();
        signInOffered.set(ssoNeeded);
        if (ssoNeeded) {
            signInCommand.set(SignInRoute.cliCommandFor(currentProfile()));
        }
    }

    /** Recomputes "expires in ..." against the clock; the view calls it every half minute. */
    public void tick() {
        if (identityState.get() != IdentityState.KNOWN || sandbox.get()) {
            expiryText.set("");
            return;
        }
        expiryText.set(expiryWords.describe(credentialsExpiry.get(), clock.instant()));
    }

    /**
     * Signs in to IAM Identity Center: the device flow when the profile allows it (showing the code and opening the
     * page), else the {@code aws sso login} command to copy. Checks the identity again after a sign-in.
     */
    public void signIn() {
        Optional<SsoSignIn> sso = backend.ssoSignIn();
        if (sso.isEmpty() || signingIn.get()) {
            return;
        }
        Optional<String> chosen = currentProfile();
        signingIn.set(true);
        userCode.set("");
        signInPage.set(null);
        signInMessage.set(words.getString("signin.starting"));
        signIn = tasks.job(context -> {
            SignInRoute route = sso.get().routeFor(chosen);
            if (!route.deviceFlow()) {
                return SignInOutcome.terminal(route);
            }
            Instant until = sso.get().signIn(chosen, code -> fxThread.execute(() -> codeArrived(code)));
            return SignInOutcome.signedIn(until);
        })
                .onSuccess(this::signInEnded)
                .onFailure(error -> {
                    signInFinished();
                    signInMessage.set(errorOf(error).fullText());
                })
                .onCancelled(() -> {
                    signInFinished();
                    signInMessage.set(words.getString("signin.cancelled"));
                })
                .start();
    }

    private void codeArrived(DeviceCode code) {
        if (!signingIn.get()) {
            return;
        }
        userCode.set(code.userCode());
        signInPage.set(code.pageToOpen());
        signInMessage.set(MessageFormat.format(words.getString("signin.code"), code.verificationUri()));
        browser.open(code.pageToOpen());
    }

    private void signInEnded(SignInOutcome outcome) {
        signInFinished();
        if (outcome.route().isPresent()) {
            SignInRoute route = outcome.route().get();
            signInCommand.set(route.cliCommand());
            signInMessage.set(MessageFormat.format(words.getString("signin.terminal"),
                    route.whyNotHere().orElse(""), route.cliCommand()));
            return;
        }
        String until = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault())
                .format(outcome.signedInUntil().orElseThrow());
        signInMessage.set(MessageFormat.format(words.getString("signin.done"), until));
        checkIdentity();
    }

    private void signInFinished() {
        signingIn.set(false);
        userCode.set("");
        signInPage.set(null);
    }

    /** Stops waiting for the browser approval. */
    public void cancelSignIn() {
        signIn.cancel();
    }

    /** Opens the sign-in page again (the user closed the tab). */
    public void openSignInPage() {
        Optional.ofNullable(signInPage.get()).ifPresent(browser::open);
    }

    public void copySignInCommand() {
        String command = signInCommand.get().isEmpty() ? SignInRoute.cliCommandFor(currentProfile())
                : signInCommand.get();
        clipboard.copyText(command);
    }

    public void copyUserCode() {
        if (!userCode.get().isEmpty()) {
            clipboard.copyText(userCode.get());
        }
    }

    /** Copies the caller ARN and account for a ticket. */
    public void copyIdentity() {
        if (identityState.get() == IdentityState.KNOWN) {
            clipboard.copyText(account.get() + " " + callerArn.get());
        } else if (identityError.get() != null) {
            clipboard.copyText(identityError.get().fullText() + "\n" + identityError.get().ticketDetails());
        }
    }

    /** Stops background work; call when the window closes. */
    public void dispose() {
        identityCheck.cancel();
        signIn.cancel();
    }

    private Optional<String> currentProfile() {
        return active.getConnection() == null ? Optional.ofNullable(profile.get())
                : active.getConnection().profile();
    }

    private ServiceError errorOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServiceException service) {
                return service.error();
            }
        }
        return ServiceError.of(ErrorKind.UNKNOWN, MessageFormat.format(words.getString("identity.failed"),
                error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()),
                words.getString("identity.failed.next"));
    }

    private record SignInOutcome(Optional<Instant> signedInUntil, Optional<SignInRoute> route) {
        static SignInOutcome signedIn(Instant until) {
            return new SignInOutcome(Optional.of(until), Optional.empty());
        }

        static SignInOutcome terminal(SignInRoute route) {
            return new SignInOutcome(Optional.empty(), Optional.of(route));
        }
    }

    // Properties the view binds to.

    public ObservableList<String> profiles() {
        return profiles;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty regionProperty() {
        return region;
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

    public ReadOnlyStringProperty regionProblemProperty() {
        return regionProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IdentityState> identityStateProperty() {
        return identityState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accountProperty() {
        return account.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty callerArnProperty() {
        return callerArn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty credentialSourceProperty() {
        return credentialSource.getReadOnlyProperty();
    }

    /** "Checking…", the account and ARN, or the error's words. */
    public ReadOnlyStringProperty identityMessageProperty() {
        return identityMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServiceError> identityErrorProperty() {
        return identityError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Instant>> credentialsExpiryProperty() {
        return credentialsExpiry.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expiryTextProperty() {
        return expiryText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signInOfferedProperty() {
        return signInOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signingInProperty() {
        return signingIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userCodeProperty() {
        return userCode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<URI> signInPageProperty() {
        return signInPage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signInCommandProperty() {
        return signInCommand.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signInMessageProperty() {
        return signInMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sandboxProperty() {
        return sandbox;
    }

    public String sandboxBannerText() {
        return words.getString("sandbox.banner");
    }

    ResourceBundle words() {
        return words;
    }
}
