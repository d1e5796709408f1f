package dev.livenessdesk.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.BucketInOtherRegionException;
import org.junit.jupiter.api.Test;

/** A listing failure in words, and the region to switch to only when the bucket lives elsewhere. */
class ListingProblemTest {

    @Test
    void aBucketInAnotherRegionOffersThatRegionAndClearingForgetsBoth() {
        ListingProblem problem = new ListingProblem();
        ServiceError moved = ServiceError.of(ErrorKind.BUCKET_IN_OTHER_REGION, "The bucket is in eu-west-1.", "Switch.");

        problem.show(new BucketInOtherRegionException(moved, "eu-west-1", null));

        assertThat(problem.errorProperty().get().message()).isEqualTo("The bucket is in eu-west-1.");
        assertThat(problem.switchRegionTargetProperty().get()).isEqualTo("eu-west-1");

        problem.clear();

        assertThat(problem.errorProperty().get()).isNull();
        assertThat(problem.switchRegionTargetProperty().get()).isEmpty();
    }

    @Test
    void anyOtherFailureIsShownWithNoRegionToSwitchTo() {
        ListingProblem problem = new ListingProblem();
        problem.show(new BucketInOtherRegionException(ServiceError.of(ErrorKind.BUCKET_IN_OTHER_REGION, "elsewhere", ""),
                "eu-west-1", null));

        problem.show(new ServiceException(ServiceError.of(ErrorKind.NO_SUCH_BUCKET, "No bucket liveness-x.",
                "Check the name.")));

        assertThat(problem.errorProperty().get().kind()).isEqualTo(ErrorKind.NO_SUCH_BUCKET);
        assertThat(problem.switchRegionTargetProperty().get()).as("the earlier region offer goes").isEmpty();
    }
}
