package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.images.BucketInOtherRegionException;
import dev.livenessdesk.ui.common.ErrorExplanation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Why the Images tab could not list, in words, and the bucket's own region when that was the cause: S3 answers a
 * bucket in another region with a redirect, and the pane offers to switch there instead of only failing.
 */
final class ListingProblem {

    private final ObjectProperty<ServiceError> error = new SimpleObjectProperty<>();
    private final StringProperty switchRegionTarget = new SimpleStringProperty("");

    void show(Throwable failure) {
        error.set(ErrorExplanation.of(failure));
        switchRegionTarget.set(failure instanceof BucketInOtherRegionException other ? other.bucketRegion() : "");
    }

    void clear() {
        error.set(null);
        switchRegionTarget.set("");
    }

    /** The last listing failure, or null. */
    ReadOnlyObjectProperty<ServiceError> errorProperty() {
        return error;
    }

    /** The bucket's region when it is not the connection's; empty otherwise. */
    ReadOnlyStringProperty switchRegionTargetProperty() {
        return switchRegionTarget;
    }
}
