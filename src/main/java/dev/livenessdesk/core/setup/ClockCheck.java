package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.failure.ServiceException;
import java.time.Duration;

/**
 * 3. Is this computer's clock right? Compared with the Date of a Rekognition answer: AWS refuses signatures more
 * than 5 minutes off ("Signature expired"); over a minute is worth fixing before it drifts further. Needs no
 * working credentials: an error answer carries the Date too, and a wrong clock is often why credentials "fail".
 */
final class ClockCheck implements SetupCheck {

    static final Duration SIGNING_LIMIT = Duration.ofMinutes(5);
    static final Duration WARN_OVER = Duration.ofMinutes(1);

    private final SetupAnswers answers;

    ClockCheck(SetupAnswers answers) {
        this.answers = answers;
    }

    @Override
    public CheckId id() {
        return CheckId.CLOCK;
    }

    @Override
    public CheckResult run(SetupTarget target, Findings findings) {
        ServiceClock clock;
        try {
            clock = answers.serviceClock(target.connection());
        } catch (ServiceException e) {
            return CouldNotCheck.because(id(), e.error(), "rekognition:GetFaceLivenessSessionResults", "*");
        }
        Duration ahead = clock.localAhead();
        Duration off = ahead.abs();
        String how = SetupWords.get(ahead.isNegative() ? "clock.behind" : "clock.ahead", words(off));
        if (off.compareTo(SIGNING_LIMIT) > 0) {
            return CheckResult.fail(id(), SetupWords.get("clock.fail", how), SetupWords.get("clock.fix"));
        }
        if (off.compareTo(WARN_OVER) > 0) {
            return CheckResult.warn(id(), SetupWords.get("clock.warn", how), SetupWords.get("clock.fix"));
        }
        return CheckResult.ok(id(), SetupWords.get("clock.ok", how));
    }

    /** "10 minutes 3 seconds", "42 seconds": the Date header has whole seconds. */
    static String words(Duration off) {
        long seconds = off.getSeconds();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return SetupWords.get("duration.hours", hours, minutes);
        }
        if (minutes > 0) {
            return SetupWords.get("duration.minutes", minutes, rest);
        }
        return SetupWords.get("duration.seconds", rest);
    }
}
