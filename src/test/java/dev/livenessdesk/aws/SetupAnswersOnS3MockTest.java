package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.LifecycleRule;
import dev.livenessdesk.core.setup.VersioningState;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.time.Clock;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;

/** The bucket answers S3Mock implements (HeadBucket's region, lifecycle, versioning) through the real SDK. */
class SetupAnswersOnS3MockTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static AwsClients clients;
    private static ConnectionSettings connection;
    private static AwsSetupAnswers answers;

    @BeforeAll
    static void seed() {
        clients = S3TestConnection.clients();
        connection = S3TestConnection.settings(S3_MOCK.getHttpPort());
        answers = new AwsSetupAnswers(clients, SetupEndpoints.sdkDefaults(), Clock.systemUTC());
        S3Client s3 = clients.s3(connection);
        s3.createBucket(request -> request.bucket("liveness-east"));
        s3.createBucket(request -> request.bucket("liveness-west").createBucketConfiguration(
                config -> config.locationConstraint(BucketLocationConstraint.US_WEST_2)));
        s3.putBucketVersioning(request -> request.bucket("liveness-east")
                .versioningConfiguration(config -> config.status(BucketVersioningStatus.ENABLED)));
        s3.putBucketLifecycleConfiguration(request -> request.bucket("liveness-east").lifecycleConfiguration(
                config -> config.rules(rule -> rule.id("expire-qa").status(ExpirationStatus.ENABLED)
                        .filter(filter -> filter.prefix("qa/")).expiration(expiry -> expiry.days(30))
                        .noncurrentVersionExpiration(old -> old.noncurrentDays(7)))));
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    @Test
    void headBucketNamesTheBucketsRegion() throws ServiceException {
        assertThat(answers.bucketPlace(connection, "liveness-east")).isEqualTo(new BucketPlace("us-east-1", true));
        assertThat(answers.bucketPlace(connection, "liveness-west")).isEqualTo(new BucketPlace("us-west-2", true));
    }

    @Test
    void aMissingBucketIsNoSuchBucket() {
        assertThatThrownBy(() -> answers.bucketPlace(connection, "liveness-nowhere"))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(ErrorKind.NO_SUCH_BUCKET);
                    assertThat(e.error().message()).contains("liveness-nowhere");
                });
    }

    @Test
    void readsLifecycleRulesAndVersioning() throws ServiceException {
        assertThat(answers.lifecycleRules(connection, "liveness-east")).containsExactly(
                new LifecycleRule("expire-qa", true, "qa/", false, OptionalInt.of(30), false, OptionalInt.of(7)));
        assertThat(answers.lifecycleRules(connection, "liveness-west")).isEmpty();
        assertThat(answers.versioning(connection, "liveness-east")).isEqualTo(VersioningState.ENABLED);
        assertThat(answers.versioning(connection, "liveness-west")).isEqualTo(VersioningState.NEVER_ENABLED);
    }
}
