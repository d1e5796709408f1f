package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.connection.DeviceCode;
import dev.livenessdesk.core.connection.SignInRoute;
import dev.livenessdesk.core.connection.SsoSignIn;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.Browser;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The IAM Identity Center sign-in, offered when the identity check says the SSO sign-in is missing or expired:
 * the device flow when the profile allows it (showing the code and opening the page), else the
 * {@code aws sso login} command to copy. Checks the identity again after a sign-in.
 */
public final class SsoSignInViewModel {

    private final ActiveConnection active;
    private final Optional<SsoSignIn> sso;
    private final IdentityViewModel identity;
    private final TaskRunner tasks;
    private final Browser browser;
    private final ClipboardService clipboard;
    private final Executor fxThread;
    private final Words words = ConnectionBarViewModel.WORDS;

    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered");
    private final ReadOnlyBooleanWrapper signingIn = new ReadOnlyBooleanWrapper(this, "signingIn");
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper(this, "userCode", "");
    private final ReadOnlyStringWrapper command = new ReadOnlyStringWrapper(this, "command", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private URI page;
    private TaskHandle running = TaskHandle.DONE;

    /**
     * @param fxThread runs code on the FX thread ({@code Platform::runLater}; tests: {@code Runnable::run}), for what
     *                 the sign-in reports while it is still running
     */
    public SsoSignInViewModel(ActiveConnection active, Optional<SsoSignIn> sso, IdentityViewModel identity,
                              TaskRunner tasks, Browser browser, ClipboardService clipboard, Executor fxThread) {
        this.active = Objects.requireNonNull(active);
        this.sso = Objects.requireNonNull(sso);
        this.identity = Objects.requireNonNull(identity);
        this.tasks = Objects.requireNonNull(tasks);
        this.browser = Objects.requireNonNull(browser);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.fxThread = Objects.requireNonNull(fxThread);
        identity.setOnFailure(this::identityFailed);
        // Every new check starts with no offer; a failed one makes it again.
        identity.stateProperty().addListener((obs, old, now) -> {
            if (now == IdentityState.CHECKING || now == IdentityState.KNOWN) {
                offered.set(false);
                command.set("");
            }
        });
    }

    private void identityFailed(ServiceError error) {
        boolean needed = error.kind() == ErrorKind.SSO_SIGN_IN_NEEDED && !active.isSandbox() && sso.isPresent();
        offered.set(needed);
        command.set(needed ? SignInRoute.cliCommandFor(profile()) : "");
    }

    public void signIn() {
        if (sso.isEmpty() || signingIn.get()) {
            return;
        }
        Optional<String> chosen = profile();
        signingIn.set(true);
        userCode.set("");
        page = null;
        message.set(words.get("signin.starting"));
        running = tasks.job(context -> {
            SignInRoute route = sso.get().routeFor(chosen);
            if (!route.deviceFlow()) {
                return Outcome.terminal(route);
            }
            Instant until = sso.get().signIn(chosen, code -> fxThread.execute(() -> codeArrived(code)));
            return Outcome.signedIn(until);
        })
                .onSuccess(this::ended)
                .onFailure(error -> {
                    finished();
                    message.set(errorOf(error).fullText());
                })
                .onCancelled(() -> {
                    finished();
                    message.set(words.get("signin.cancelled"));
                })
                .start();
    }

    private void codeArrived(DeviceCode code) {
        if (!signingIn.get()) {
            return;
        }
        userCode.set(code.userCode());
        page = code.pageToOpen();
        message.set(words.get("signin.code", code.verificationUri()));
        openPage();
    }

    private void ended(Outcome outcome) {
        finished();
        if (outcome.route().isPresent()) {
            SignInRoute route = outcome.route().get();
            command.set(route.cliCommand());
            message.set(words.get("signin.terminal", route.whyNotHere().orElse(""), route.cliCommand()));
            return;
        }
        String until = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault())
                .format(outcome.signedInUntil().orElseThrow());
        message.set(words.get("signin.done", until));
        identity.check();
    }

    private void finished() {
        signingIn.set(false);
        userCode.set("");
        page = null;
    }

    /** Stops waiting for the browser approval. */
    public void cancel() {
        running.cancel();
    }

    /** Opens the sign-in page again (the user closed the tab). */
    public void openPage() {
        Optional.ofNullable(page).ifPresent(shown -> browser.openInBackground(tasks, shown, () -> { },
                notOpened -> message.set(words.get("signin.code", shown) + " " + notOpened)));
    }

    public void copyCommand() {
        clipboard.copyText(command.get().isEmpty() ? SignInRoute.cliCommandFor(profile()) : command.get());
    }

    public void copyUserCode() {
        if (!userCode.get().isEmpty()) {
            clipboard.copyText(userCode.get());
        }
    }

    public void dispose() {
        running.cancel();
    }

    private Optional<String> profile() {
        return active.getConnection() == null ? Optional.empty() : active.getConnection().profile();
    }

    private ServiceError errorOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServiceException serviceException) {
                return serviceException.error();
            }
        }
        return ServiceError.of(ErrorKind.UNKNOWN, words.get("signin.failed",
                error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()),
                words.get("signin.failed.next"));
    }

    private record Outcome(Optional<Instant> signedInUntil, Optional<SignInRoute> route) {
        static Outcome signedIn(Instant until) {
            return new Outcome(Optional.of(until), Optional.empty());
        }

        static Outcome terminal(SignInRoute route) {
            return new Outcome(Optional.empty(), Optional.of(route));
        }
    }

    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signingInProperty() {
        return signingIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userCodeProperty() {
        return userCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commandProperty() {
        return command.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
