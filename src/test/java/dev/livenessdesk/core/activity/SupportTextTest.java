package dev.livenessdesk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.images.StoredImage;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportTextTest {

    @Test
    void holdsTheSessionTheEventsAsRecordedTheObjectsAndTheClockAndNoImage() {
        Events trail = new Events();
        String id = Events.newId();
        trail.create(id, "14:05:02");
        trail.start(id, "14:05:31", "ValidationException", "bad\nvideo");
        Clock clock = Clock.fixed(Events.at("18:00:00"), ZoneOffset.UTC);
        SessionTimeline timeline = new ActivityFinder(trail, clock).timeline(id,
                new ActivityWindow(Events.at("14:00:00"), Events.at("14:30:00")), ReadProgress.NONE);
        StoredImage reference = new StoredImage(new S3Location("liveness-out", "prod/" + id + "/reference.jpg", Optional.of("3HL4kqtJlcpXroDTDmJ")), id,
                ImageKind.REFERENCE, 0, 48_213, Events.at("14:05:40"));

        String text = SupportText.of(timeline, "eu-west-1", Optional.of("111122223333"), "1.4.0", List.of(reference),
                Optional.empty(), Optional.of(Duration.ofMillis(-1250)));

        assertThat(text).contains("Session id: " + id, "Region: eu-west-1", "Account: 111122223333",
                "Liveness Desk version: 1.4.0", "Clock of this computer against AWS: 1.25 s behind",
                "CloudTrail events of the session (2), as CloudTrail recorded them:",
                "{\"eventName\":\"StartFaceLivenessSession\"}",
                "s3://liveness-out/prod/" + id + "/reference.jpg  48213 bytes  2026-12-06T14:05:40Z  version id: 3HL4kqtJlcpXroDTDmJ",
                "No image is included.");
        assertThat(text).contains("(the service said ValidationException: bad\\u000avideo)");
    }

    @Test
    void controlCharactersOfOutsideTextAreShown() {
        assertThat(SupportText.visible("a\u001b[31mb\u202ec\r")).isEqualTo("a\\u001b[31mb\\u202ec\\u000d");
    }
}
