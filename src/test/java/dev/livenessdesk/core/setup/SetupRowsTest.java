package dev.livenessdesk.core.setup;

import static dev.livenessdesk.testsupport.ScriptedSetupAnswers.error;
import dev.livenessdesk.testsupport.ScriptedSetupAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Every row's words for ok, warning, fails and could not check, from answers set up one way or another. */
class SetupRowsTest {

    private final ScriptedSetupAnswers answers = new ScriptedSetupAnswers();
    private SetupTarget target = target("us-east-1", "liveness-out", "qa/", null);

    private static SetupTarget target(String region, String bucket, String prefix, String key) {
        return new SetupTarget(ConnectionSettings.of("qa", region), Optional.ofNullable(bucket), prefix,
                Optional.ofNullable(key));
    }

    private CheckResult row(CheckId id) throws InterruptedException {
        SetupChecker checker = new SetupChecker(answers, Clock.fixed(ScriptedSetupAnswers.NOW, ZoneOffset.UTC),
                Duration.ofSeconds(30));
        return checker.run(target, result -> { }).results().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id));
    }

    @Test
    void region() throws InterruptedException {
        assertThat(row(CheckId.REGION)).isEqualTo(CheckResult.ok(CheckId.REGION,
                "Face Liveness is offered in us-east-1."));
        target = target("us-east-2", null, "", null);
        assertThat(row(CheckId.REGION)).isEqualTo(CheckResult.fail(CheckId.REGION,
                "Face Liveness is not offered in us-east-2: AWS answers \u201caccess denied\u201d there, which reads "
                        + "like a permissions problem.",
                "Pick one of us-east-1, us-west-2, eu-west-1, ap-south-1, ap-northeast-1, ap-southeast-5, "
                        + "ap-southeast-7, sa-east-1, and keep the bucket in that same region."));
    }

    @Test
    void credentials() throws InterruptedException {
        assertThat(row(CheckId.CREDENTIALS)).isEqualTo(CheckResult.ok(CheckId.CREDENTIALS, "Account 123456789012, "
                + "acting as " + ScriptedSetupAnswers.CALLER + "; the credentials come from profile qa. They are "
                + "long-term keys and do not expire."));

        answers.identity = new CallerIdentity("123456789012", ScriptedSetupAnswers.CALLER, "", Optional.of(
                ScriptedSetupAnswers.NOW.plus(Duration.ofMinutes(95))), "profile qa: IAM Identity Center");
        assertThat(row(CheckId.CREDENTIALS).found()).endsWith("They expire at 2026-12-01 21:35 UTC (in 95 minutes).");

        answers.identity = new CallerIdentity("123456789012", ScriptedSetupAnswers.CALLER, "", Optional.of(
                ScriptedSetupAnswers.NOW.plus(Duration.ofMinutes(4))), "profile qa: IAM Identity Center");
        CheckResult expiring = row(CheckId.CREDENTIALS);
        assertThat(expiring.status()).isEqualTo(CheckStatus.WARN);
        assertThat(expiring.found()).endsWith("(in 4 minutes).");
        assertThat(expiring.fix()).startsWith("Refresh them before a session");

        answers.identity = error(ErrorKind.SSO_SIGN_IN_NEEDED, "The SSO sign-in of profile qa has expired.",
                "Run \u201caws sso login --profile qa\u201d.");
        assertThat(row(CheckId.CREDENTIALS)).isEqualTo(CheckResult.fail(CheckId.CREDENTIALS,
                "The SSO sign-in of profile qa has expired.", "Run \u201caws sso login --profile qa\u201d."));
    }

    @Test
    void clock() throws InterruptedException {
        assertThat(row(CheckId.CLOCK)).isEqualTo(CheckResult.ok(CheckId.CLOCK,
                "This computer's clock is 2 s ahead of AWS."));

        answers.clock = new ServiceClock(ScriptedSetupAnswers.NOW, ScriptedSetupAnswers.NOW.minusSeconds(150));
        assertThat(row(CheckId.CLOCK)).isEqualTo(CheckResult.warn(CheckId.CLOCK, "This computer's clock is 2 min 30 s "
                + "behind AWS: AWS refuses signatures more than 5 minutes off, so it should be fixed before it drifts "
                + "further.", "Turn on automatic date and time (NTP) on this computer, or set the clock right, then "
                + "check again."));

        answers.clock = new ServiceClock(ScriptedSetupAnswers.NOW, ScriptedSetupAnswers.NOW.plusSeconds(601));
        CheckResult off = row(CheckId.CLOCK);
        assertThat(off.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(off.found()).isEqualTo("This computer's clock is 10 min 1 s ahead of AWS: AWS refuses every request "
                + "signed more than 5 minutes off (\u201cSignature expired\u201d), so creating and following sessions "
                + "fails.");

        answers.clock = error(ErrorKind.NETWORK, "Could not reach https://rekognition.us-east-1.amazonaws.com.",
                "Check the internet connection.");
        assertThat(row(CheckId.CLOCK)).isEqualTo(CheckResult.unknown(CheckId.CLOCK, "Could not check: Could not reach "
                + "https://rekognition.us-east-1.amazonaws.com.", "Check the internet connection."));
    }

    @Test
    void clockIsCheckedEvenWhenTheCredentialsFail() throws InterruptedException {
        answers.identity = error(ErrorKind.NO_CREDENTIALS, "No AWS credentials were found for profile qa.", "");
        assertThat(row(CheckId.CLOCK).status()).isEqualTo(CheckStatus.OK);
        assertThat(row(CheckId.BUCKET)).isEqualTo(CheckResult.unknown(CheckId.BUCKET, "Not checked: the credentials "
                + "do not work (see \u201cThe credentials work\u201d).", "Fix the credentials first, then check again."));
        assertThat(row(CheckId.LIFECYCLE).found()).startsWith("Not checked: the credentials do not work");
    }

    @Test
    void bucket() throws InterruptedException {
        assertThat(row(CheckId.BUCKET)).isEqualTo(CheckResult.ok(CheckId.BUCKET,
                "s3://liveness-out exists and is in us-east-1, the session's region."));

        answers.place = new BucketPlace("us-east-1", false);
        assertThat(row(CheckId.BUCKET)).isEqualTo(CheckResult.warn(CheckId.BUCKET, "s3://liveness-out is in us-east-1, "
                + "but your credentials may not reach it (S3 refused HeadBucket), so the app cannot list its images.",
                "To check it, ask your AWS administrator to allow s3:ListBucket on arn:aws:s3:::liveness-out."));

        answers.place = error(ErrorKind.NO_SUCH_BUCKET, "There is no bucket named liveness-out.", "");
        assertThat(row(CheckId.BUCKET)).isEqualTo(CheckResult.fail(CheckId.BUCKET, "There is no bucket named "
                + "liveness-out.", "Check the name (bucket names are global and case-sensitive), or create the bucket "
                + "in us-east-1."));
        assertThat(row(CheckId.ENCRYPTION)).isEqualTo(CheckResult.unknown(CheckId.ENCRYPTION, "Not checked: the bucket "
                + "could not be reached (see the bucket row).", "Fix the bucket row first, then check again."));

        answers.place = error(ErrorKind.ACCESS_DENIED, "Your credentials lack s3:ListBucket.", "Ask for it.");
        assertThat(row(CheckId.BUCKET).status()).isEqualTo(CheckStatus.UNKNOWN);

        target = target("us-east-1", null, "", null);
        assertThat(row(CheckId.BUCKET)).isEqualTo(CheckResult.unknown(CheckId.BUCKET, "No bucket was given, so "
                + "nothing about S3 was checked. Without a bucket Rekognition keeps no images in S3.", "Give the bucket "
                + "and prefix the sessions use (the form, or --bucket and --prefix) to check where their images go."));
    }

    @Test
    void aBucketInAnotherRegionIsStillDescribedFromItsOwnRegion() throws InterruptedException {
        answers.place = new BucketPlace("us-west-2", true);
        answers.encryption = BucketEncryption.none();

        assertThat(row(CheckId.BUCKET).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(row(CheckId.ENCRYPTION).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(answers.asked).contains("place@us-east-1", "encryption@us-west-2", "lifecycle@us-west-2");
    }

    @Test
    void permissions() throws InterruptedException {
        target = target("us-east-1", "liveness-out", "qa/", ScriptedSetupAnswers.KEY_ARN);
        CheckResult allowed = row(CheckId.PERMISSIONS);
        assertThat(allowed.status()).isEqualTo(CheckStatus.OK);
        assertThat(allowed.found()).isEqualTo("The IAM policies of arn:aws:iam::123456789012:role/LivenessTester allow "
                + "rekognition:CreateFaceLivenessSession, rekognition:GetFaceLivenessSessionResults, s3:PutObject, "
                + "s3:GetObject, s3:ListBucket, kms:GenerateDataKey, kms:Decrypt, s3:DeleteObject, "
                + "s3:DeleteObjectVersion, s3:ListBucketVersions, s3:GetLifecycleConfiguration, "
                + "s3:PutLifecycleConfiguration, cloudtrail:LookupEvents. (Bucket and key policies are not part of the simulation.)");

        answers.simulation = new Simulation("arn:aws:iam::123456789012:role/LivenessTester", List.of(
                new PermissionDecision("rekognition:CreateFaceLivenessSession", "*",
                        PermissionDecision.Decision.ALLOWED),
                new PermissionDecision("s3:PutObject", "arn:aws:s3:::liveness-out/qa/"
                        + PermissionsCheck.SAMPLE_KEY, PermissionDecision.Decision.IMPLICIT_DENY),
                new PermissionDecision("kms:Decrypt", ScriptedSetupAnswers.KEY_ARN,
                        PermissionDecision.Decision.EXPLICIT_DENY)));
        CheckResult denied = row(CheckId.PERMISSIONS);
        assertThat(denied.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(denied.found()).isEqualTo("The IAM policies of arn:aws:iam::123456789012:role/LivenessTester do not "
                + "allow: s3:PutObject on arn:aws:s3:::liveness-out/qa/" + PermissionsCheck.SAMPLE_KEY
                + " (no policy allows it); kms:Decrypt on " + ScriptedSetupAnswers.KEY_ARN + " (a policy denies it).");
        assertThat(denied.fix()).isEqualTo("Ask your AWS administrator to add this policy to "
                + "arn:aws:iam::123456789012:role/LivenessTester: {\"Version\": \"2012-10-17\", \"Statement\": ["
                + "{\"Effect\": \"Allow\", \"Action\": [\"s3:PutObject\"], \"Resource\": "
                + "\"arn:aws:s3:::liveness-out/qa/*\"}, {\"Effect\": \"Allow\", \"Action\": [\"kms:Decrypt\"], "
                + "\"Resource\": \"" + ScriptedSetupAnswers.KEY_ARN + "\"}]}");

        answers.simulation = error(ErrorKind.ACCESS_DENIED, "Your credentials lack iam:SimulatePrincipalPolicy.", "");
        assertThat(row(CheckId.PERMISSIONS)).isEqualTo(CheckResult.unknown(CheckId.PERMISSIONS, "Could not check: "
                + "your credentials may not run iam:SimulatePrincipalPolicy, so the permissions of "
                + ScriptedSetupAnswers.CALLER + " were not simulated.", "To let Liveness Desk check them, ask your AWS "
                + "administrator for this read-only policy: {\"Effect\": \"Allow\", \"Action\": ["
                + "\"iam:SimulatePrincipalPolicy\", \"iam:GetRole\"], \"Resource\": "
                + "\"arn:aws:iam::123456789012:role/LivenessTester\"}. Until then a failed Create names the missing "
                + "permission."));
    }

    @Test
    void permissionsAskTheQuestionsASessionNeeds() throws InterruptedException {
        target = target("us-east-1", "liveness-out", "qa/", "alias/liveness");
        row(CheckId.PERMISSIONS);

        assertThat(answers.questions).containsExactly(
                new PermissionQuestion(List.of("rekognition:CreateFaceLivenessSession",
                        "rekognition:GetFaceLivenessSessionResults"), "*", Optional.empty()),
                new PermissionQuestion(List.of("s3:PutObject", "s3:GetObject"),
                        "arn:aws:s3:::liveness-out/qa/" + PermissionsCheck.SAMPLE_KEY, Optional.empty()),
                new PermissionQuestion(List.of("s3:ListBucket"), "arn:aws:s3:::liveness-out", Optional.of("qa/")),
                new PermissionQuestion(List.of("kms:GenerateDataKey", "kms:Decrypt"), ScriptedSetupAnswers.KEY_ARN,
                        Optional.empty()),
                new PermissionQuestion(List.of("s3:DeleteObject", "s3:DeleteObjectVersion"),
                        "arn:aws:s3:::liveness-out/qa/" + PermissionsCheck.SAMPLE_KEY, Optional.empty()),
                new PermissionQuestion(List.of("s3:ListBucketVersions"), "arn:aws:s3:::liveness-out",
                        Optional.of("qa/")),
                new PermissionQuestion(List.of("s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"),
                        "arn:aws:s3:::liveness-out", Optional.empty()),
                new PermissionQuestion(List.of("cloudtrail:LookupEvents"), "*", Optional.empty()));
    }

    @Test
    void withoutLookupEventsSessionsRunAndTheRowWarnsThatTheActivityTabCannotRead() throws InterruptedException {
        target = target("us-east-1", "liveness-out", "qa/", ScriptedSetupAnswers.KEY_ARN);
        answers.simulation = new Simulation("arn:aws:iam::123456789012:role/LivenessTester", List.of(
                new PermissionDecision("rekognition:CreateFaceLivenessSession", "*",
                        PermissionDecision.Decision.ALLOWED),
                new PermissionDecision("cloudtrail:LookupEvents", "*", PermissionDecision.Decision.IMPLICIT_DENY)));

        CheckResult row = row(CheckId.PERMISSIONS);

        assertThat(row.status()).isEqualTo(CheckStatus.WARN);
        assertThat(row.found()).startsWith("Sessions can run, but the IAM policies of "
                + "arn:aws:iam::123456789012:role/LivenessTester do not allow cloudtrail:LookupEvents: the Activity "
                + "tab and liveness-desk activity cannot read CloudTrail");
        assertThat(row.fix()).contains("{\"Effect\": \"Allow\", \"Action\": [\"cloudtrail:LookupEvents\"], "
                + "\"Resource\": \"*\"}");
    }

    @Test
    void withoutTheErasureActionsSessionsStillRunAndTheRowWarnsNamingThem() throws InterruptedException {
        target = target("us-east-1", "liveness-out", "qa/", ScriptedSetupAnswers.KEY_ARN);
        String object = "arn:aws:s3:::liveness-out/qa/" + PermissionsCheck.SAMPLE_KEY;
        answers.simulation = new Simulation("arn:aws:iam::123456789012:role/LivenessTester", List.of(
                new PermissionDecision("s3:PutObject", object, PermissionDecision.Decision.ALLOWED),
                new PermissionDecision("s3:DeleteObjectVersion", object, PermissionDecision.Decision.IMPLICIT_DENY),
                new PermissionDecision("s3:PutLifecycleConfiguration", "arn:aws:s3:::liveness-out",
                        PermissionDecision.Decision.IMPLICIT_DENY)));

        CheckResult row = row(CheckId.PERMISSIONS);

        assertThat(row.status()).isEqualTo(CheckStatus.WARN);
        assertThat(row.found()).isEqualTo("Sessions can run, but the IAM policies of "
                + "arn:aws:iam::123456789012:role/LivenessTester do not allow what erasing a session, a purge and the "
                + "retention rule need: s3:DeleteObjectVersion on " + object + " (no policy allows it); "
                + "s3:PutLifecycleConfiguration on arn:aws:s3:::liveness-out (no policy allows it). Until then those "
                + "windows name the permission S3 refused.");
        assertThat(row.fix()).contains("{\"Effect\": \"Allow\", \"Action\": [\"s3:DeleteObjectVersion\"], "
                + "\"Resource\": \"arn:aws:s3:::liveness-out/qa/*\"}, {\"Effect\": \"Allow\", \"Action\": "
                + "[\"s3:PutLifecycleConfiguration\"], \"Resource\": \"arn:aws:s3:::liveness-out\"}");
    }

    @Test
    void permissionsOfRootAndFederatedUsers() throws InterruptedException {
        answers.identity = new CallerIdentity("123456789012", "arn:aws:iam::123456789012:root", "", Optional.empty(),
                "");
        assertThat(row(CheckId.PERMISSIONS).status()).isEqualTo(CheckStatus.WARN);
        answers.identity = new CallerIdentity("123456789012", "arn:aws:sts::123456789012:federated-user/bob", "",
                Optional.empty(), "");
        assertThat(row(CheckId.PERMISSIONS).found()).isEqualTo("Could not check: IAM cannot simulate the policies of "
                + "arn:aws:sts::123456789012:federated-user/bob (federated users and web sessions have none of their "
                + "own).");
    }

    @Test
    void encryption() throws InterruptedException {
        assertThat(row(CheckId.ENCRYPTION)).isEqualTo(CheckResult.ok(CheckId.ENCRYPTION, "s3://liveness-out encrypts "
                + "what it stores by default: SSE-KMS with " + ScriptedSetupAnswers.KEY_ARN + "."));
        answers.encryption = new BucketEncryption(BucketEncryption.Kind.SSE_S3, Optional.empty());
        assertThat(row(CheckId.ENCRYPTION).found()).isEqualTo("s3://liveness-out encrypts what it stores by default: "
                + "S3-managed keys (SSE-S3).");

        target = target("us-east-1", "liveness-out", "qa/", "alias/liveness");
        CheckResult otherKey = row(CheckId.ENCRYPTION);
        assertThat(otherKey.status()).isEqualTo(CheckStatus.WARN);
        assertThat(otherKey.found()).isEqualTo("s3://liveness-out encrypts by default with S3-managed keys (SSE-S3), "
                + "not with the session's key alias/liveness: the sessions' images use alias/liveness, other objects "
                + "the bucket's default.");

        answers.encryption = new BucketEncryption(BucketEncryption.Kind.SSE_KMS, Optional.of(
                "1234abcd-12ab-34cd-56ef-1234567890ab"));
        assertThat(row(CheckId.ENCRYPTION).status()).as("the alias's key, named by its id").isEqualTo(CheckStatus.OK);

        answers.encryption = BucketEncryption.none();
        assertThat(row(CheckId.ENCRYPTION).status()).isEqualTo(CheckStatus.WARN);
        target = target("us-east-1", "liveness-out", "qa/", null);
        assertThat(row(CheckId.ENCRYPTION)).isEqualTo(CheckResult.fail(CheckId.ENCRYPTION, "s3://liveness-out has no "
                + "default encryption: images Rekognition stores there may be kept unencrypted.", "Turn on default "
                + "encryption in the bucket's Properties (SSE-KMS with your key, or SSE-S3)."));

        answers.encryption = error(ErrorKind.ACCESS_DENIED, "Your credentials lack s3:GetEncryptionConfiguration.", "");
        assertThat(row(CheckId.ENCRYPTION)).isEqualTo(CheckResult.unknown(CheckId.ENCRYPTION, "Could not check: your "
                + "credentials may not read this (s3:GetEncryptionConfiguration).", "To check it, ask your AWS "
                + "administrator to allow s3:GetEncryptionConfiguration on arn:aws:s3:::liveness-out."));
    }

    @Test
    void publicAccess() throws InterruptedException {
        assertThat(row(CheckId.PUBLIC_ACCESS)).isEqualTo(CheckResult.ok(CheckId.PUBLIC_ACCESS,
                "Block Public Access is on for s3://liveness-out (all four settings)."));
        answers.publicAccess = Optional.of(new PublicAccessBlock(true, false, true, false));
        assertThat(row(CheckId.PUBLIC_ACCESS)).isEqualTo(CheckResult.fail(CheckId.PUBLIC_ACCESS, "Block Public Access "
                + "is not fully on for s3://liveness-out (IgnorePublicAcls, RestrictPublicBuckets off): a bucket "
                + "policy or ACL could make biometric images public.", "Turn on all four Block Public Access settings "
                + "in the bucket's Permissions tab."));
        answers.publicAccess = Optional.empty();
        assertThat(row(CheckId.PUBLIC_ACCESS).status()).isEqualTo(CheckStatus.WARN);
        assertThat(row(CheckId.PUBLIC_ACCESS).found()).isEqualTo("s3://liveness-out has no Block Public Access "
                + "settings of its own (the account-wide setting was not checked).");
    }

    @Test
    void lifecycle() throws InterruptedException {
        assertThat(row(CheckId.LIFECYCLE)).isEqualTo(CheckResult.ok(CheckId.LIFECYCLE, "Rule expire deletes the "
                + "objects under s3://liveness-out/qa/ 30 days after they are written."));

        answers.lifecycle = List.of(new LifecycleRule("logs", true, "logs/", false, OptionalInt.of(5), false,
                OptionalInt.empty()), new LifecycleRule("tagged", true, "", true, OptionalInt.of(5), false,
                OptionalInt.empty()), new LifecycleRule("off", false, "qa/", false, OptionalInt.of(5), false,
                OptionalInt.empty()));
        assertThat(row(CheckId.LIFECYCLE)).isEqualTo(CheckResult.warn(CheckId.LIFECYCLE, "None of the 3 lifecycle "
                + "rules of s3://liveness-out deletes the objects under s3://liveness-out/qa/: the images stay "
                + "forever.", "Add a lifecycle rule that expires the objects under qa/ (for example after 30 days, or "
                + "as your retention policy says)."));

        answers.lifecycle = List.of(new LifecycleRule("", true, "", false, OptionalInt.empty(), true,
                OptionalInt.empty()));
        assertThat(row(CheckId.LIFECYCLE).found()).isEqualTo("Rule (no name) deletes the objects under "
                + "s3://liveness-out/qa/ on a fixed date.");

        answers.lifecycle = List.of();
        target = target("us-east-1", "liveness-out", "", null);
        assertThat(row(CheckId.LIFECYCLE)).isEqualTo(CheckResult.warn(CheckId.LIFECYCLE, "s3://liveness-out has no "
                + "lifecycle rule: the images stay forever.", "Add a lifecycle rule that expires the objects under the "
                + "whole bucket (for example after 30 days, or as your retention policy says)."));
    }

    @Test
    void versioning() throws InterruptedException {
        assertThat(row(CheckId.VERSIONING)).isEqualTo(CheckResult.ok(CheckId.VERSIONING, "Versioning is on for "
                + "s3://liveness-out, and rule expire deletes old versions 7 days after they are replaced."));
        answers.lifecycle = List.of();
        assertThat(row(CheckId.VERSIONING)).isEqualTo(CheckResult.warn(CheckId.VERSIONING, "Versioning is on for "
                + "s3://liveness-out: deleted images stay as old versions, and expiring them only hides the current "
                + "one.", "Add a lifecycle rule that expires noncurrent versions under qa/, or suspend versioning if "
                + "nothing else needs it."));
        answers.versioning = VersioningState.SUSPENDED;
        assertThat(row(CheckId.VERSIONING).found()).isEqualTo("Versioning is suspended for s3://liveness-out: the old "
                + "versions made while it was on are still kept.");
        answers.versioning = VersioningState.NEVER_ENABLED;
        assertThat(row(CheckId.VERSIONING)).isEqualTo(CheckResult.ok(CheckId.VERSIONING,
                "Versioning is off for s3://liveness-out: a deleted image is gone."));
    }

    @Test
    void kmsKey() throws InterruptedException {
        target = target("us-east-1", null, "", "alias/liveness");
        assertThat(row(CheckId.KMS_KEY)).isEqualTo(CheckResult.ok(CheckId.KMS_KEY, "The KMS key "
                + ScriptedSetupAnswers.KEY_ARN + " is enabled, can encrypt S3 objects, and is in us-east-1."));

        answers.key = new KmsKeyFacts(ScriptedSetupAnswers.KEY_ARN, "k", "PendingDeletion", "ENCRYPT_DECRYPT",
                "SYMMETRIC_DEFAULT");
        assertThat(row(CheckId.KMS_KEY)).isEqualTo(CheckResult.fail(CheckId.KMS_KEY, "The KMS key "
                + ScriptedSetupAnswers.KEY_ARN + " is PendingDeletion: nothing can be encrypted with it.", "Enable the key "
                + "in the KMS console (or cancel its deletion), or pick another key."));

        answers.key = new KmsKeyFacts("arn:aws:kms:eu-west-1:123456789012:key/k", "k", "Enabled", "ENCRYPT_DECRYPT",
                "SYMMETRIC_DEFAULT");
        assertThat(row(CheckId.KMS_KEY).found()).isEqualTo("The KMS key arn:aws:kms:eu-west-1:123456789012:key/k is in "
                + "eu-west-1, not in us-east-1: Rekognition can use only a key in its own region.");

        answers.key = new KmsKeyFacts(ScriptedSetupAnswers.KEY_ARN, "k", "Enabled", "SIGN_VERIFY", "RSA_2048");
        assertThat(row(CheckId.KMS_KEY).found()).isEqualTo("The KMS key " + ScriptedSetupAnswers.KEY_ARN
                + " is RSA_2048 for SIGN_VERIFY: S3 encrypts only with symmetric encryption keys.");

        answers.key = error(ErrorKind.NOT_FOUND, "KMS in us-east-1 knows no key alias/liveness.", "");
        assertThat(row(CheckId.KMS_KEY)).isEqualTo(CheckResult.fail(CheckId.KMS_KEY, "There is no KMS key "
                + "alias/liveness in us-east-1 that your credentials can see.", "Check the key id, ARN or alias: the "
                + "key must be in us-east-1, the session's region, and its key policy must let you use it."));

        answers.key = error(ErrorKind.ACCESS_DENIED, "Your credentials lack kms:DescribeKey.", "");
        assertThat(row(CheckId.KMS_KEY).fix()).isEqualTo("To check it, ask your AWS administrator to allow "
                + "kms:DescribeKey on alias/liveness.");
        assertThat(row(CheckId.PERMISSIONS).found()).as("an alias alone cannot be simulated")
                .endsWith("The KMS key was not simulated: its ARN is not known (give the key ARN, or fix the KMS key "
                        + "row).");
    }

    @Test
    void everyPatternOfTheBundleIsAValidMessageFormat() {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("dev.livenessdesk.core.setup.setup");
        assertThat(bundle.keySet()).allSatisfy(key ->
                assertThat(new java.text.MessageFormat(bundle.getString(key)).format(new Object[] {1, 2, 3}))
                        .as(key).isNotBlank());
        for (CheckId id : CheckId.values()) {
            assertThat(id.title()).isNotBlank();
        }
    }

    @Test
    void rowsApplyToWhatWasGiven() {
        SetupChecker checker = new SetupChecker(answers);
        assertThat(checker.rowsFor(target("us-east-1", null, "", null))).containsExactly(CheckId.REGION,
                CheckId.CREDENTIALS, CheckId.CLOCK, CheckId.BUCKET, CheckId.PERMISSIONS);
        assertThat(checker.rowsFor(target("us-east-1", "b", "", "k"))).hasSize(CheckId.values().length);
    }
}
