package dev.livenessdesk.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The place the Images tab browses: recognised when asked for again, and named as the user sees it. */
class BrowsedPlaceTest {

    private static final ConnectionSettings DUBLIN =
            new ConnectionSettings(Optional.of("qa"), "eu-west-1", Optional.empty(), Optional.empty());

    @Test
    void theSamePlaceTypedWithSpacesIsTheSamePlace() {
        assertThat(new BrowsedPlace(DUBLIN, " liveness-images ", "checks/ "))
                .isEqualTo(new BrowsedPlace(DUBLIN, "liveness-images", "checks/"));
        assertThat(new BrowsedPlace(DUBLIN, "liveness-images", "checks/"))
                .isNotEqualTo(new BrowsedPlace(DUBLIN.withRegion("us-east-1"), "liveness-images", "checks/"))
                .isNotEqualTo(new BrowsedPlace(DUBLIN, "liveness-images", "other/"));
    }

    @Test
    void theLocationIsAnS3AddressOrSaysThereIsNoBucket() {
        assertThat(new BrowsedPlace(DUBLIN, "liveness-images", "checks/").location(ViewerWords.bundle()))
                .isEqualTo("s3://liveness-images/checks/");
        BrowsedPlace none = new BrowsedPlace(DUBLIN, null, null);
        assertThat(none.hasBucket()).isFalse();
        assertThat(none.location(ViewerWords.bundle())).isEqualTo(ViewerWords.bundle().getString("location.none"))
                .doesNotContain("s3://");
    }

    @Test
    void throughAnotherConnectionKeepsTheBucketAndPrefix() {
        BrowsedPlace moved = new BrowsedPlace(DUBLIN, "liveness-images", "checks/")
                .through(DUBLIN.withRegion("us-east-1"));

        assertThat(moved.connection().region()).isEqualTo("us-east-1");
        assertThat(moved.bucket()).isEqualTo("liveness-images");
        assertThat(moved.prefix()).isEqualTo("checks/");
    }
}
