package dev.livenessdesk.testsupport;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.AwsSetupAnswers;
import dev.livenessdesk.aws.SetupEndpoints;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.setup.SetupTarget;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the setup check talks to, as local wire stand-ins: Rekognition (behind a proxy that can skew its
 * clock), STS, IAM, KMS and S3's bucket settings. Sets up a good account and one wrong on purpose.
 */
public final class SetupStandIns implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ROLE_ARN = "arn:aws:iam::123456789012:role/LivenessTester";
    public static final String GOOD_BUCKET = "liveness-good";
    public static final String WEST_BUCKET = "liveness-west";
    public static final String PREFIX = "qa/";
    public static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
    public static final Set<String> EVERY_ACTION = Set.of("rekognition:CreateFaceLivenessSession",
            "rekognition:GetFaceLivenessSessionResults", "s3:PutObject", "s3:GetObject", "s3:ListBucket",
            "kms:GenerateDataKey", "kms:Decrypt", "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:ListBucketVersions",
            "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "cloudtrail:LookupEvents");

    public final RekognitionStandIn rekognition = RekognitionStandIn.start();
    public final ClockSkewProxy clock = ClockSkewProxy.inFrontOf(rekognition.uri(), Duration.ZERO);
    public final StsStandIn sts = StsStandIn.start();
    public final IamStandIn iam = IamStandIn.start();
    public final KmsStandIn kms = KmsStandIn.start();
    public final S3BucketStandIn s3 = S3BucketStandIn.start();
    public final String keyArn;

    public SetupStandIns() {
        keyArn = kms.key(REGION, KEY_ID, "alias/liveness", "Enabled");
        iam.allow(ROLE_ARN, EVERY_ACTION);
        s3.bucket(GOOD_BUCKET).region(REGION).encryption("aws:kms", keyArn)
                .publicAccessBlock(true, true, true, true).expiringRule("expire-liveness", PREFIX, 30, 7)
                .versioning("Enabled");
        s3.bucket(WEST_BUCKET).region("us-west-2");
    }

    /** The connection: Rekognition through the clock proxy, S3 at the bucket stand-in, no profile. */
    public ConnectionSettings connection() {
        return new ConnectionSettings(Optional.empty(), REGION, Optional.of(clock.uri()), Optional.of(s3.uri()));
    }

    public SetupEndpoints endpoints() {
        return new SetupEndpoints(Optional.of(sts.uri()), Optional.of(iam.uri()), Optional.of(kms.uri()));
    }

    public AwsSetupAnswers answers(AwsClients clients) {
        return new AwsSetupAnswers(clients, endpoints(), Clock.systemUTC());
    }

    /** All set up as it should be: the bucket in the region, encrypted with the key, private, emptied. */
    public SetupTarget goodTarget() {
        return new SetupTarget(connection(), Optional.of(GOOD_BUCKET), PREFIX, Optional.of("alias/liveness"));
    }

    /**
     * Wrong on purpose: the bucket in us-west-2 for a us-east-1 session with no encryption, no Block Public Access
     * and no lifecycle; the clock 10 minutes off; the simulation denied.
     */
    public SetupTarget wrongTarget() {
        clock.offset(Duration.ofMinutes(10));
        iam.denySimulation();
        return new SetupTarget(connection(), Optional.of(WEST_BUCKET), PREFIX, Optional.empty());
    }

    @Override
    public void close() {
        clock.close();
        rekognition.close();
        sts.close();
        iam.close();
        kms.close();
        s3.close();
    }
}
