package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Who the active connection acts as: asked in the background after every switch (the newest switch wins), with
 * how long temporary credentials last. The bar shows it as one line of text beside the profile picker:
 * "us-east-1 · account 123456789012 · qa".
 */
public final class IdentityViewModel {

    private static final Duration SOON = Duration.ofMinutes(10);

    private final ActiveConnection active;
    private final Optional<IdentityService> service;
    private final TaskRunner tasks;
    private final ClipboardService clipboard;
    private final Clock clock;
    private final Words words = ConnectionBarViewModel.WORDS;
    private final ExpiryWords expiryWords = new ExpiryWords(words);

    private final ReadOnlyObjectWrapper<IdentityState> state =
            new ReadOnlyObjectWrapper<>(this, "state", IdentityState.UNKNOWN);
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper(this, "account", "");
    private final ReadOnlyStringWrapper callerArn = new ReadOnlyStringWrapper(this, "callerArn", "");
    private final ReadOnlyStringWrapper credentialSource = new ReadOnlyStringWrapper(this, "credentialSource", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Optional<Instant>> credentialsExpiry =
            new ReadOnlyObjectWrapper<>(this, "credentialsExpiry", Optional.empty());
    private final ReadOnlyStringWrapper expiryText = new ReadOnlyStringWrapper(this, "expiryText", "");
    private final ReadOnlyBooleanWrapper expiresSoon = new ReadOnlyBooleanWrapper(this, "expiresSoon");
    private final ReadOnlyStringWrapper recheckNote = new ReadOnlyStringWrapper(this, "recheckNote", "");
    private boolean askedByUser;

    private ServiceError failure;
    private Consumer<ServiceError> onFailure = error -> { };
    private long generation;
    private TaskHandle running = TaskHandle.DONE;

    public IdentityViewModel(ActiveConnection active, Optional<IdentityService> service, TaskRunner tasks,
                             ClipboardService clipboard, Clock clock) {
        this.active = Objects.requireNonNull(active);
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.clock = Objects.requireNonNull(clock);
        active.connectionProperty().addListener((obs, old, now) -> check());
    }

    /** Who hears that the check failed (the SSO sign-in, which offers itself for an expired sign-in). */
    void setOnFailure(Consumer<ServiceError> listener) {
        this.onFailure = Objects.requireNonNull(listener);
    }

    /**
     * The bar's Check again: asks again and, once answered, says when it asked (the answer may well be the same,
     * and in the sandbox it always is).
     */
    public void recheck() {
        askedByUser = true;
        recheckNote.set("");
        check();
    }

    /** "Checked again at 20:51:03." after the user's own Check again was answered; empty before. */
    public ReadOnlyStringProperty recheckNoteProperty() {
        return recheckNote.getReadOnlyProperty();
    }

    private void answered() {
        if (askedByUser) {
            askedByUser = false;
            String at = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                    .format(java.time.LocalTime.ofInstant(clock.instant(), java.time.ZoneId.systemDefault()));
            recheckNote.set(words.get(active.isSandbox() ? "identity.rechecked.sandbox" : "identity.rechecked", at));
        }
    }

    /** Asks "who am I?" for the active connection in the background; a newer switch wins over an older answer. */
    public void check() {
        ConnectionSettings connection = active.getConnection();
        // A new generation first, so the cancelled check's callback knows it is stale.
        long mine = ++generation;
        running.cancel();
        clear();
        if (connection == null || service.isEmpty()) {
            state.set(IdentityState.UNKNOWN);
            show(connection, connection == null ? "" : words.get("identity.unavailable"));
            answered();
            return;
        }
        state.set(IdentityState.CHECKING);
        show(connection, words.get("identity.checking"));
        running = tasks.job(context -> service.get().whoAmI(connection))
                .onSuccess(identity -> {
                    if (mine == generation) {
                        known(connection, identity);
                        answered();
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        failed(connection, errorOf(error));
                        answered();
                    }
                })
                .onCancelled(() -> {
                    if (mine == generation) {
                        state.set(IdentityState.UNKNOWN);
                        show(connection, words.get("identity.cancelled"));
                    }
                })
                .start();
    }

    private void clear() {
        account.set("");
        callerArn.set("");
        credentialSource.set("");
        failure = null;
        credentialsExpiry.set(Optional.empty());
        expiryText.set("");
        expiresSoon.set(false);
    }

    private void known(ConnectionSettings connection, CallerIdentity identity) {
        state.set(IdentityState.KNOWN);
        account.set(identity.account());
        callerArn.set(identity.arn());
        credentialSource.set(identity.credentialSource());
        message.set(words.get("identity.known", identity.account(), identity.arn()));
        summary.set(words.get("identity.summary", connection.region(), identity.account(), callerName(identity.arn())));
        credentialsExpiry.set(identity.credentialsExpiry());
        tick();
    }

    private void failed(ConnectionSettings connection, ServiceError error) {
        state.set(IdentityState.FAILED);
        failure = error;
        show(connection, error.fullText());
        onFailure.accept(error);
    }

    private void show(ConnectionSettings connection, String text) {
        message.set(text);
        summary.set(connection == null || text.isEmpty() ? text
                : words.get("identity.regionThen", connection.region(), text));
    }

    /** "qa" of arn:aws:iam::1:user/qa, "LivenessTester/desk" of an assumed role: the part a person recognises. */
    static String callerName(String arn) {
        int resource = arn.lastIndexOf(':');
        String path = resource < 0 ? arn : arn.substring(resource + 1);
        int type = path.indexOf('/');
        return type < 0 ? path : path.substring(type + 1);
    }

    /** Recomputes "expires in ..." against the clock; the view calls it every half minute. */
    public void tick() {
        if (state.get() != IdentityState.KNOWN || active.isSandbox()) {
            expiryText.set("");
            expiresSoon.set(false);
            return;
        }
        Instant now = clock.instant();
        expiryText.set(expiryWords.describe(credentialsExpiry.get(), now));
        expiresSoon.set(credentialsExpiry.get().filter(at -> Duration.between(now, at).compareTo(SOON) < 0)
                .isPresent());
    }

    /** Copies the caller ARN and account for a ticket (or the error and its ticket details). */
    public void copy() {
        if (state.get() == IdentityState.KNOWN) {
            clipboard.copyText(account.get() + " " + callerArn.get());
        } else if (failure != null) {
            clipboard.copyText(failure.fullText() + "\n" + failure.ticketDetails());
        }
    }

    public void dispose() {
        running.cancel();
    }

    private ServiceError errorOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServiceException serviceException) {
                return serviceException.error();
            }
        }
        return ServiceError.of(ErrorKind.UNKNOWN, words.get("identity.failed",
                error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()),
                words.get("identity.failed.next"));
    }

    public ReadOnlyObjectProperty<IdentityState> stateProperty() {
        return state.getReadOnlyProperty();
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

    /** "Checking…", the account and ARN, or the error's words: the whole text, for the tooltip. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The bar's line: the region first, then the account and caller (or what the check says). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Instant>> credentialsExpiryProperty() {
        return credentialsExpiry.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expiryTextProperty() {
        return expiryText.getReadOnlyProperty();
    }

    /** Under ten minutes left: the view turns the expiry amber (decided against the clock, not the view's). */
    public ReadOnlyBooleanProperty expiresSoonProperty() {
        return expiresSoon.getReadOnlyProperty();
    }
}
