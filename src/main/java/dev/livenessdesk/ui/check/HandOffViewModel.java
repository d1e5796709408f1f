package dev.livenessdesk.ui.check;

import dev.livenessdesk.core.check.HandOffLink;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.ui.common.ClipboardService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/**
 * The hand-off for a phone or another computer: the team's check page template filled for the session, as a
 * link to copy and a QR code, with the time left to start.
 */
public final class HandOffViewModel {

    private static final int QR_SIZE = 148;

    private final ClipboardService clipboard;
    private final Clock clock;
    private final StringProperty template = new SimpleStringProperty(this, "template", "");
    private final ObjectProperty<String> sessionId = new SimpleObjectProperty<>(this, "sessionId");
    private final ObjectProperty<String> region = new SimpleObjectProperty<>(this, "region");
    private final ObjectProperty<Instant> createdAt = new SimpleObjectProperty<>(this, "createdAt");
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper(this, "link", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper(this, "countdown", "");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");
    private final ReadOnlyObjectWrapper<Image> qrCode = new ReadOnlyObjectWrapper<>(this, "qrCode");

    public HandOffViewModel(ClipboardService clipboard, Clock clock) {
        this.clipboard = Objects.requireNonNull(clipboard);
        this.clock = Objects.requireNonNull(clock);
        template.addListener((obs, old, now) -> refill());
        sessionId.addListener((obs, old, now) -> refill());
        region.addListener((obs, old, now) -> refill());
        createdAt.addListener((obs, old, now) -> tick());
    }

    /** The session the link is for; createdAt may be null (a session looked up by id). */
    public void show(String id, String sessionRegion, Instant created) {
        sessionId.set(id);
        region.set(sessionRegion);
        createdAt.set(created);
    }

    /** The team's URL template (a setting), with {sessionId} and {region}. */
    public StringProperty templateProperty() {
        return template;
    }

    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** What is wrong with the template, next to its field; empty when the link is made. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> qrCodeProperty() {
        return qrCode.getReadOnlyProperty();
    }

    /**
     * "2:41 left to start" for a session created here, with or without a hand-off link (the Result tab's strip
     * shows it beside Run the check here); empty for a session looked up by id.
     */
    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    /** The time left beside the hand-off link, once there is a link. */
    public ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public void copyLink() {
        if (!link.get().isEmpty()) {
            clipboard.copyText(link.get());
        }
    }

    /** Refreshes the countdowns; the view calls it every second. */
    public void tick() {
        Instant created = createdAt.get();
        if (created == null) {
            timeLeft.set("");
            countdown.set("");
            return;
        }
        long seconds = Duration.between(clock.instant(), created.plus(CreatedSession.START_WINDOW)).getSeconds();
        String left = seconds <= 0 ? CheckRunWords.get("handoff.expired") : CheckRunWords.get("handoff.countdown",
                String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60));
        timeLeft.set(left);
        countdown.set(link.get().isEmpty() ? "" : left);
    }

    private void refill() {
        String text = template.get() == null ? "" : template.get().strip();
        String id = sessionId.get();
        if (text.isEmpty() || id == null || id.isBlank()) {
            problem.set("");
            link.set("");
            qrCode.set(null);
            tick();
            return;
        }
        Optional<String> wrong = HandOffLink.problemOf(text);
        problem.set(wrong.orElse(""));
        if (wrong.isPresent()) {
            link.set("");
            qrCode.set(null);
        } else {
            String filled = HandOffLink.fill(text, id, region.get() == null ? "" : region.get()).toString();
            link.set(filled);
            qrCode.set(QrCodes.of(filled, QR_SIZE));
        }
        tick();
    }
}
