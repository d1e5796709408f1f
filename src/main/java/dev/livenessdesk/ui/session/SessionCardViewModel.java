package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.ui.common.ClipboardService;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The cards under the form: the session last created (its id to copy, when it was created, how long is left to
 * start the check) and why the last Create failed. A card belongs to the session it shows: once the user tries
 * again, the session card says it is the previous one.
 */
public final class SessionCardViewModel {

    private static final Duration CLOSING_SOON = Duration.ofSeconds(60);
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Words words = SessionFormViewModel.WORDS;
    private final ClipboardService clipboard;
    private final Clock clock;

    private final ReadOnlyStringWrapper sessionId = new ReadOnlyStringWrapper(this, "sessionId", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper previous = new ReadOnlyBooleanWrapper(this, "previous");
    private final ReadOnlyStringWrapper createdAtLocal = new ReadOnlyStringWrapper(this, "createdAtLocal", "");
    private final ReadOnlyStringWrapper createdAtUtc = new ReadOnlyStringWrapper(this, "createdAtUtc", "");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyBooleanWrapper startWindowClosing = new ReadOnlyBooleanWrapper(this, "closing");
    private final ReadOnlyBooleanWrapper startWindowExpired = new ReadOnlyBooleanWrapper(this, "expired");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper errorNextStep = new ReadOnlyStringWrapper(this, "errorNextStep", "");
    private final ReadOnlyStringWrapper ticketDetails = new ReadOnlyStringWrapper(this, "ticketDetails", "");

    private CreatedSession shown;
    private boolean checkStarted;

    SessionCardViewModel(ClipboardService clipboard, Clock clock) {
        this.clipboard = Objects.requireNonNull(clipboard);
        this.clock = Objects.requireNonNull(clock);
    }

    void showCreated(CreatedSession created) {
        shown = created;
        checkStarted = false;
        previous.set(false);
        title.set(words.get("result.title"));
        sessionId.set(created.sessionId());
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.getDefault())
                .withZone(clock.getZone());
        createdAtLocal.set(local.format(created.createdAt()));
        createdAtUtc.set(UTC_TIME.format(created.createdAt()));
        clearFailure();
        refreshCountdown();
    }

    /** The user pressed Create again: the session shown is now the previous one, and the old failure is gone. */
    void newAttempt() {
        clearFailure();
        if (shown != null && !previous.get()) {
            previous.set(true);
            title.set(words.get("result.previousTitle"));
        }
    }

    void showFailure(ServiceError error) {
        errorMessage.set(error.message());
        errorNextStep.set(error.nextStep());
        ticketDetails.set(error.ticketDetails());
    }

    private void clearFailure() {
        errorMessage.set("");
        errorNextStep.set("");
        ticketDetails.set("");
    }

    /** The session's check began (or ended): the start window no longer matters, so the countdown says so. */
    public void sessionStarted(String startedSessionId) {
        if (shown != null && shown.sessionId().equals(startedSessionId) && !checkStarted) {
            checkStarted = true;
            startWindowClosing.set(false);
            startWindowExpired.set(false);
            countdown.set(words.get("result.started"));
        }
    }

    /** Recomputes the countdown from the clock; the view calls it every second while a session is shown. */
    public void refreshCountdown() {
        if (shown == null || checkStarted) {
            return;
        }
        Duration left = shown.timeLeftToStart(clock.instant());
        boolean expired = left.isZero();
        startWindowExpired.set(expired);
        startWindowClosing.set(!expired && left.compareTo(CLOSING_SOON) < 0);
        long seconds = (left.toMillis() + 999) / 1000;
        countdown.set(expired ? words.get("result.expired")
                : words.get("result.countdown", String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60)));
    }

    /** True when there was an id to copy. */
    boolean copySessionId() {
        if (sessionId.get().isEmpty()) {
            return false;
        }
        clipboard.copyText(sessionId.get());
        return true;
    }

    /** True when there were details to copy. */
    boolean copyTicketDetails() {
        if (ticketDetails.get().isEmpty()) {
            return false;
        }
        clipboard.copyText(errorMessage.get() + "\n" + ticketDetails.get());
        return true;
    }

    public ReadOnlyStringProperty sessionIdProperty() { return sessionId.getReadOnlyProperty(); }
    /** "Session created", or "Previous session" once the user tried again. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty previousProperty() { return previous.getReadOnlyProperty(); }
    public ReadOnlyStringProperty createdAtLocalProperty() { return createdAtLocal.getReadOnlyProperty(); }
    public ReadOnlyStringProperty createdAtUtcProperty() { return createdAtUtc.getReadOnlyProperty(); }
    /** "2:59 left to start the check", then "Expired: create a new session". */
    public ReadOnlyStringProperty countdownProperty() { return countdown.getReadOnlyProperty(); }
    /** Under a minute left: the view turns the countdown amber. */
    public ReadOnlyBooleanProperty startWindowClosingProperty() { return startWindowClosing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty startWindowExpiredProperty() { return startWindowExpired.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorMessageProperty() { return errorMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorNextStepProperty() { return errorNextStep.getReadOnlyProperty(); }
    /** "Code: AccessDeniedException | HTTP 400 | Request id: ...", selectable for a ticket. */
    public ReadOnlyStringProperty ticketDetailsProperty() { return ticketDetails.getReadOnlyProperty(); }
}
