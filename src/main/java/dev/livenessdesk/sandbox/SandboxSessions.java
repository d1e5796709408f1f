package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionNotFound;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every session the sandbox knows, shared by all its connections; one lock keeps it whole across worker threads. */
final class SandboxSessions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;
    private final Map<String, SandboxSession> byId = new HashMap<>();
    private final Map<String, String> idByToken = new HashMap<>();

    SandboxSessions(Clock clock) {
        this.clock = clock;
    }

    /** A reused ClientRequestToken returns the session first created with it, as the service does. */
    synchronized CreatedSession create(SessionSettings settings) {
        Optional<String> token = settings.clientRequestToken();
        if (token.isPresent() && idByToken.containsKey(token.get())) {
            return byId.get(idByToken.get(token.get())).created();
        }
        String sessionId = UUID.randomUUID().toString();
        CreatedSession created = new CreatedSession(sessionId, clock.instant(), settings);
        byId.put(sessionId, SandboxSession.fresh(created));
        token.ifPresent(t -> idByToken.put(t, sessionId));
        return created;
    }

    synchronized Optional<SandboxSession> current(String sessionId) {
        return Optional.ofNullable(byId.get(sessionId)).map(session -> session.at(clock.instant()));
    }

    /** The user begins the check: only a session still within its start window can be started, and only once. */
    synchronized SandboxSession start(String sessionId) throws ServiceException {
        SandboxSession session = current(sessionId).orElseThrow(() -> new ServiceException(
                SessionNotFound.error(sessionId, SandboxMessages.get("sandbox.region.words"))));
        switch (session.status()) {
            case CREATED -> {
                SandboxSession started = session.withStatus(SessionStatus.IN_PROGRESS);
                byId.put(sessionId, started);
                return started;
            }
            case IN_PROGRESS -> {
                return session;
            }
            case EXPIRED -> throw unusable("simulate.expired", sessionId,
                    TIME.format(session.created().startDeadline().atZone(clock.getZone())));
            default -> throw unusable("simulate.used", sessionId, session.status().name());
        }
    }

    synchronized void succeed(String sessionId, float confidence, ResultImage reference, List<ResultImage> audits,
                              String challengeVersion, List<FeedbackItem> feedback, String clientSdk) {
        byId.computeIfPresent(sessionId, (id, session) -> session.succeeded(confidence, reference, audits,
                challengeVersion, feedback, clientSdk));
    }

    synchronized void fail(String sessionId) {
        byId.computeIfPresent(sessionId, (id, session) -> session.withStatus(SessionStatus.FAILED));
    }

    private static ServiceException unusable(String key, String sessionId, String detail) {
        return new ServiceException(ServiceError.of(ErrorKind.SESSION_NOT_FOUND,
                SandboxMessages.get(key + ".message", sessionId, detail), SandboxMessages.get(key + ".nextStep")));
    }
}
