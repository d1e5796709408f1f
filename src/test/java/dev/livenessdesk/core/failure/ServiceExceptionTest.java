package dev.livenessdesk.core.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The one cause-chain unwrap and the one rule of what is transient. */
class ServiceExceptionTest {

    private static final ServiceError DENIED = ServiceError.of(ErrorKind.ACCESS_DENIED, "No access.", "Ask.");

    @Test
    void theErrorIsFoundHoweverDeepARunnerWrappedIt() {
        ServiceException thrown = new ServiceException(DENIED);
        Throwable wrapped = new ExecutionException(new RuntimeException("task failed", thrown));

        assertThat(ServiceException.errorIn(thrown)).containsSame(DENIED);
        assertThat(ServiceException.errorIn(wrapped)).containsSame(DENIED);
    }

    @Test
    void aFailureNoPortExplainedHasNoServiceError() {
        assertThat(ServiceException.errorIn(new UncheckedIOException("disk", new java.io.IOException("full"))))
                .isEmpty();
        assertThat(ServiceException.errorIn(null)).isEmpty();
    }

    @Test
    void onlyThrottlingServiceFailuresAndMissingAnswersAreWorthWaitingOut() {
        EnumSet<ErrorKind> transientKinds = EnumSet.noneOf(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            if (kind.isTransient()) {
                transientKinds.add(kind);
            }
        }

        assertThat(transientKinds).containsExactlyInAnyOrder(ErrorKind.THROTTLED, ErrorKind.SERVICE_ERROR,
                ErrorKind.NETWORK);
    }

    @Test
    void aRetryButtonIsOfferedUnlessTheRequestItselfWasRefused() {
        assertThat(ErrorKind.CANCELLED.isWorthRetryingByHand()).isTrue();
        assertThat(ErrorKind.UNKNOWN.isWorthRetryingByHand()).isTrue();
        assertThat(ErrorKind.NETWORK.isWorthRetryingByHand()).isTrue();
        assertThat(ErrorKind.ACCESS_DENIED.isWorthRetryingByHand()).isFalse();
        assertThat(ErrorKind.NOT_FOUND.isWorthRetryingByHand()).isFalse();
        assertThat(ErrorKind.KMS_ACCESS_DENIED.isWorthRetryingByHand()).isFalse();
    }
}
