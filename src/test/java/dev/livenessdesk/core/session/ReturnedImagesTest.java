package dev.livenessdesk.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.images.ImageKind;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What came back against what was asked: audits are best effort, a missing reference means a new check. */
class ReturnedImagesTest {

    private static final ResultImage IMAGE = new ResultImage(ImageKind.AUDIT, 1, Optional.empty(),
            Optional.of(new byte[] {1}), Optional.empty());

    private static SessionResults results(SessionStatus status, boolean reference, int audits) {
        return new SessionResults("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8", status, status.name(),
                Optional.of(50f), reference ? Optional.of(IMAGE) : Optional.empty(),
                Collections.nCopies(audits, IMAGE), Optional.empty(), Optional.empty());
    }

    @Test
    void fewerAuditsThanRequestedIsNotedAsBestEffort() {
        ReturnedImages returned = ReturnedImages.of(results(SessionStatus.SUCCEEDED, true, 2), OptionalInt.of(4));

        assertThat(returned.auditReceived()).isEqualTo(2);
        assertThat(returned.fewerAuditsThanRequested()).isTrue();
        assertThat(returned.referenceMissing()).isFalse();
    }

    @Test
    void allRequestedOrAnUnknownRequestIsNotShort() {
        assertThat(ReturnedImages.of(results(SessionStatus.SUCCEEDED, true, 4), OptionalInt.of(4))
                .fewerAuditsThanRequested()).isFalse();
        assertThat(ReturnedImages.of(results(SessionStatus.SUCCEEDED, true, 1), OptionalInt.empty())
                .fewerAuditsThanRequested()).isFalse();
    }

    @Test
    void aSucceededCheckWithoutReferenceIsMissingIt() {
        assertThat(ReturnedImages.of(results(SessionStatus.SUCCEEDED, false, 0), OptionalInt.of(0))
                .referenceMissing()).isTrue();
    }

    @Test
    void aCheckThatHasNotRunIsNotMissingAnything() {
        for (SessionStatus status : List.of(SessionStatus.CREATED, SessionStatus.IN_PROGRESS, SessionStatus.EXPIRED)) {
            assertThat(ReturnedImages.of(results(status, false, 0), OptionalInt.of(2)).referenceMissing()).isFalse();
        }
    }
}
