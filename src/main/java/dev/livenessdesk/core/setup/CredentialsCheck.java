package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.failure.ServiceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** 2. Do the credentials work, and whose are they (account, ARN, expiry)? */
final class CredentialsCheck implements SetupCheck {

    /** Temporary credentials ending sooner than this may end in the middle of a session's follow-up. */
    static final Duration SHORT_LIFE = Duration.ofMinutes(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final SetupAnswers answers;
    private final Clock clock;

    CredentialsCheck(SetupAnswers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @Override
    public CheckId id() {
        return CheckId.CREDENTIALS;
    }

    @Override
    public CheckResult run(SetupTarget target, Findings findings) {
        CallerIdentity identity;
        try {
            identity = answers.identity(target.connection());
        } catch (ServiceException e) {
            return CheckResult.fail(id(), e.error().message(), e.error().nextStep());
        }
        findings.identity(identity);
        String who = SetupWords.get("credentials.who", identity.account(), identity.arn(),
                identity.credentialSource().isBlank() ? SetupWords.get("credentials.source.unknown")
                        : identity.credentialSource());
        if (identity.credentialsExpiry().isEmpty()) {
            return CheckResult.ok(id(), who + " " + SetupWords.get("credentials.longTerm"));
        }
        Instant expiry = identity.credentialsExpiry().get();
        long minutes = Math.max(0, Duration.between(clock.instant(), expiry).toMinutes());
        String expires = SetupWords.get("credentials.expires", TIME.format(expiry), minutes);
        if (Duration.between(clock.instant(), expiry).compareTo(SHORT_LIFE) < 0) {
            return CheckResult.warn(id(), who + " " + expires, SetupWords.get("credentials.expiring.fix"));
        }
        return CheckResult.ok(id(), who + " " + expires);
    }
}
