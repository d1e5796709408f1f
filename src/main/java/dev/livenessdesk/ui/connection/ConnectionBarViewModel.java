package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.EndpointResolver;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.Browser;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The connection bar's three ideas, side by side: choosing the connection (the only writer of
 * {@link ActiveConnection}), checking who it is, and the IAM Identity Center sign-in.
 */
public final class ConnectionBarViewModel {

    static final String BUNDLE = "dev.livenessdesk.ui.connection.ConnectionBar";
    static final Words WORDS = new Words(BUNDLE);

    /** What the bar stands on besides the connection: the app builds these once, tests their own. */
    public record Services(Backend backend, TaskRunner tasks, Browser browser, ClipboardService clipboard,
                           EndpointConfirmation confirmation, EndpointResolver endpoints, Clock clock,
                           Executor fxThread) {
        public Services {
            Objects.requireNonNull(endpoints);
            Objects.requireNonNull(backend);
            Objects.requireNonNull(tasks);
            Objects.requireNonNull(browser);
            Objects.requireNonNull(clipboard);
            Objects.requireNonNull(confirmation);
            Objects.requireNonNull(clock);
            Objects.requireNonNull(fxThread);
        }
    }

    private final ActiveConnection active;
    private final ConnectionChoiceViewModel choice;
    private final IdentityViewModel identity;
    private final SsoSignInViewModel signIn;

    /** @param writer the active connection's one writer, which the bar's chooser keeps */
    public ConnectionBarViewModel(ActiveConnection.Writer writer, Services services,
                                  ConnectionChoiceViewModel.Remembered remembered) {
        this.active = writer.active();
        Backend backend = services.backend();
        this.choice = new ConnectionChoiceViewModel(writer, backend.profiles(), services.tasks(),
                services.confirmation(), services.endpoints(), remembered);
        this.identity = new IdentityViewModel(active, backend.identityService(), services.tasks(),
                services.clipboard(), services.clock());
        this.signIn = new SsoSignInViewModel(active, backend.ssoSignIn(), identity, services.tasks(),
                services.browser(), services.clipboard(), services.fxThread());
    }

    /** Reads the profiles in the background, then settles on a connection and checks who it is. */
    public void start() {
        choice.start();
    }

    public ConnectionChoiceViewModel choice() {
        return choice;
    }

    public IdentityViewModel identity() {
        return identity;
    }

    public SsoSignInViewModel signIn() {
        return signIn;
    }

    public ActiveConnection active() {
        return active;
    }

    public boolean isSandbox() {
        return active.isSandbox();
    }

    public String sandboxBannerText() {
        return WORDS.get("sandbox.banner");
    }

    /** Stops background work; call when the window closes. */
    public void dispose() {
        identity.dispose();
        signIn.dispose();
    }
}
