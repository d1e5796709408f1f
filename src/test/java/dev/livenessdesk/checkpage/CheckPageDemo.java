package dev.livenessdesk.checkpage;

import dev.livenessdesk.core.check.CheckCredentials;
import dev.livenessdesk.core.check.CheckPage;
import dev.livenessdesk.core.check.CheckPageSpec;
import dev.livenessdesk.core.check.CredentialScope;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Serves the built check page for a made-up session, for screenshots and trying the page by hand:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.livenessdesk.checkpage.CheckPageDemo -Dexec.args=sandbox} (or {@code aws}, whose fake
 * credentials make the component fail at the stream to AWS). Prints the page's address, then how it ended.
 */
public final class CheckPageDemo {

    private CheckPageDemo() {
    }

    public static void main(String[] args) throws Exception {
        boolean aws = args.length > 0 && args[0].equals("aws");
        try (SandboxBackend sandbox = new SandboxBackend()) {
            CreatedSession created = sandbox.livenessSessions(ConnectionSettings.of(null, "us-east-1"))
                    .create(new SessionSettings("us-east-1", Optional.of("qa-bucket"), "desk/", 1, Optional.empty(),
                            null, Optional.empty(), Optional.empty(), Optional.empty()));
            CheckPageSpec spec = aws
                    ? CheckPageSpec.aws(created.sessionId(), "us-east-1", created.startDeadline(),
                            new CheckCredentials("ASIADEMO", "demo", "demo", Instant.now().plus(Duration.ofMinutes(15)),
                                    CredentialScope.FEDERATION_TOKEN))
                    : CheckPageSpec.sandbox(created.sessionId(), "us-east-1", created.startDeadline(),
                            sandbox.simulator());
            try (CheckPage page = new LoopbackCheckPages().open(spec)) {
                System.out.println(page.address());
                System.out.println(page.outcome().get().words());
            }
        }
    }
}
