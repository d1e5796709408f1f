package dev.livenessdesk.core.check;

import dev.livenessdesk.core.session.CheckSimulator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one check page serves: a session, where its check streams to, until when it can be started, and either
 * the scoped credentials (AWS) or the sandbox's player (the page then plays the check instead).
 */
public record CheckPageSpec(String sessionId, String region, Instant startDeadline,
                            Optional<CheckCredentials> credentials, Optional<CheckSimulator> player) {

    public CheckPageSpec {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(startDeadline, "startDeadline");
        credentials = credentials == null ? Optional.empty() : credentials;
        player = player == null ? Optional.empty() : player;
        if (credentials.isPresent() == player.isPresent()) {
            throw new IllegalArgumentException("A check page has either credentials (AWS) or a player (sandbox)");
        }
    }

    public static CheckPageSpec aws(String sessionId, String region, Instant startDeadline,
                                    CheckCredentials credentials) {
        return new CheckPageSpec(sessionId, region, startDeadline, Optional.of(credentials), Optional.empty());
    }

    public static CheckPageSpec sandbox(String sessionId, String region, Instant startDeadline,
                                        CheckSimulator player) {
        return new CheckPageSpec(sessionId, region, startDeadline, Optional.empty(), Optional.of(player));
    }

    public boolean isSandbox() {
        return player.isPresent();
    }
}
