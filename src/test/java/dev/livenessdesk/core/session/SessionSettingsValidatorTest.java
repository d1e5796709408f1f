package dev.livenessdesk.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.session.FieldProblem.Severity;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every constraint of the CreateFaceLivenessSession model (the CreateFaceLivenessSession service model) at its boundaries. */
class SessionSettingsValidatorTest {

    private final SessionSettingsValidator validator = new SessionSettingsValidator();

    /** A draft that passes with no problem at all; each case changes one field. */
    private static SessionDraft.Builder valid() {
        return SessionDraft.builder().region("us-east-1").bucket("liveness-audit").keyPrefix("qa/")
                .auditImagesLimit("2");
    }

    private static Arguments outcome(String name, SessionDraft draft, SessionField field, Severity expected,
                                     String wordsShown) {
        return Arguments.of(name, draft, field, expected, wordsShown);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Bucket: 3..255, [0-9A-Za-z.\-_]*
                outcome("bucket of 2", valid().bucket("ab").build(), SessionField.BUCKET, Severity.ERROR,
                        "3 to 255 characters"),
                outcome("bucket of 3", valid().bucket("abc").build(), SessionField.BUCKET, null, null),
                outcome("bucket of 255", valid().bucket("a".repeat(255)).build(), SessionField.BUCKET,
                        Severity.WARNING, "at most 63"),
                outcome("bucket of 256", valid().bucket("a".repeat(256)).build(), SessionField.BUCKET,
                        Severity.ERROR, "3 to 255 characters"),
                outcome("bucket with a slash", valid().bucket("my/bucket").build(), SessionField.BUCKET,
                        Severity.ERROR, "letters, digits, '.', '-' and '_'"),
                outcome("bucket with a space", valid().bucket("my bucket").build(), SessionField.BUCKET,
                        Severity.ERROR, "3 to 255 characters"),
                outcome("bucket uppercase", valid().bucket("MyBucket").build(), SessionField.BUCKET,
                        Severity.WARNING, "uppercase"),
                outcome("bucket with ..", valid().bucket("my..bucket").build(), SessionField.BUCKET,
                        Severity.WARNING, "'..'"),
                outcome("bucket shaped like an IP", valid().bucket("192.168.5.4").build(), SessionField.BUCKET,
                        Severity.WARNING, "IP address"),
                outcome("bucket with underscore", valid().bucket("my_bucket").build(), SessionField.BUCKET,
                        Severity.WARNING, "'_'"),
                outcome("no bucket", valid().bucket("").keyPrefix("").build(), SessionField.BUCKET,
                        Severity.WARNING, "no images in S3"),
                // Prefix: 0..950, \S*
                // 950 characters pass the model, but 950 bytes plus the session id and file name pass S3's 1,024.
                outcome("prefix of 950", valid().keyPrefix("p".repeat(950)).build(), SessionField.KEY_PREFIX,
                        Severity.WARNING, "S3 limit of 1,024 bytes"),
                outcome("prefix of 951", valid().keyPrefix("p".repeat(951)).build(), SessionField.KEY_PREFIX,
                        Severity.ERROR, "at most 950"),
                outcome("prefix with a space", valid().keyPrefix("qa runs/").build(), SessionField.KEY_PREFIX,
                        Severity.ERROR, "spaces"),
                outcome("prefix with a tab", valid().keyPrefix("qa\truns").build(), SessionField.KEY_PREFIX,
                        Severity.ERROR, "spaces"),
                outcome("empty prefix", valid().keyPrefix("").build(), SessionField.KEY_PREFIX, null, null),
                outcome("prefix without bucket", valid().bucket(null).keyPrefix("qa/").build(),
                        SessionField.KEY_PREFIX, Severity.ERROR, "needs a bucket"),
                // Audit images limit: 0..4
                outcome("limit -1", valid().auditImagesLimit("-1").build(), SessionField.AUDIT_IMAGES_LIMIT,
                        Severity.ERROR, "from 0 to 4"),
                outcome("limit 0", valid().auditImagesLimit("0").build(), SessionField.AUDIT_IMAGES_LIMIT, null,
                        null),
                outcome("limit 4", valid().auditImagesLimit("4").build(), SessionField.AUDIT_IMAGES_LIMIT, null,
                        null),
                outcome("limit 5", valid().auditImagesLimit("5").build(), SessionField.AUDIT_IMAGES_LIMIT,
                        Severity.ERROR, "from 0 to 4"),
                outcome("limit not a number", valid().auditImagesLimit("two").build(),
                        SessionField.AUDIT_IMAGES_LIMIT, Severity.ERROR, "whole number"),
                // KMS key id: 1..2048, ^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$
                outcome("kms key id", valid().kmsKeyId("1234abcd-12ab-34cd-56ef-1234567890ab").build(),
                        SessionField.KMS_KEY_ID, null, null),
                outcome("kms key arn", valid().kmsKeyId(
                        "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab").build(),
                        SessionField.KMS_KEY_ID, null, null),
                outcome("kms alias", valid().kmsKeyId("alias/liveness").build(), SessionField.KMS_KEY_ID, null,
                        null),
                outcome("kms of 2048", valid().kmsKeyId("k".repeat(2048)).build(), SessionField.KMS_KEY_ID, null,
                        null),
                outcome("kms of 2049", valid().kmsKeyId("k".repeat(2049)).build(), SessionField.KMS_KEY_ID,
                        Severity.ERROR, "up to 2048"),
                outcome("kms starting with /", valid().kmsKeyId("/alias").build(), SessionField.KMS_KEY_ID,
                        Severity.ERROR, "starting with a letter or digit"),
                outcome("kms with a space", valid().kmsKeyId("alias/my key").build(), SessionField.KMS_KEY_ID,
                        Severity.ERROR, "KMS key id"),
                // Client request token: 1..64, ^[a-zA-Z0-9-_]+$
                outcome("token of 64", valid().clientRequestToken("t".repeat(64)).build(),
                        SessionField.CLIENT_REQUEST_TOKEN, Severity.WARNING, "Reusing a token"),
                outcome("token of 65", valid().clientRequestToken("t".repeat(65)).build(),
                        SessionField.CLIENT_REQUEST_TOKEN, Severity.ERROR, "1 to 64"),
                outcome("token with a dot", valid().clientRequestToken("run.1").build(),
                        SessionField.CLIENT_REQUEST_TOKEN, Severity.ERROR, "letters, digits, '-' and '_'"),
                // Versions: 5..11, three numbers of up to three digits without leading zeros
                outcome("version 1.0.0", valid().challengeMinVersion("1.0.0").build(),
                        SessionField.CHALLENGE_MIN_VERSION, null, null),
                outcome("version 999.999.999", valid().challengeMaxVersion("999.999.999").build(),
                        SessionField.CHALLENGE_MAX_VERSION, null, null),
                outcome("version 1.0", valid().challengeMinVersion("1.0").build(),
                        SessionField.CHALLENGE_MIN_VERSION, Severity.ERROR, "three numbers"),
                outcome("version 01.0.0", valid().challengeMinVersion("01.0.0").build(),
                        SessionField.CHALLENGE_MIN_VERSION, Severity.ERROR, "three numbers"),
                outcome("version 1000.0.0", valid().challengeMaxVersion("1000.0.0").build(),
                        SessionField.CHALLENGE_MAX_VERSION, Severity.ERROR, "three numbers"),
                outcome("min above max", valid().challengeMinVersion("2.0.0").challengeMaxVersion("1.10.0").build(),
                        SessionField.CHALLENGE_MAX_VERSION, Severity.ERROR, "must not be below the minimum (2.0.0)"),
                outcome("1.10.0 above 1.9.0", valid().challengeMinVersion("1.9.0").challengeMaxVersion("1.10.0")
                        .build(), SessionField.CHALLENGE_MAX_VERSION, null, null),
                outcome("unknown challenge", valid().challengeType("BlinkChallenge").build(),
                        SessionField.CHALLENGE_TYPE, Severity.ERROR, "FaceMovementChallenge"),
                // Region
                outcome("no region", valid().region(" ").build(), SessionField.REGION, Severity.ERROR,
                        "Pick a region"),
                outcome("region not shaped", valid().region("virginia").build(), SessionField.REGION,
                        Severity.ERROR, "not an AWS region id"),
                outcome("region without liveness", valid().region("us-east-2").build(), SessionField.REGION,
                        Severity.WARNING, "not offered in us-east-2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachConstraintAtItsBoundary(String name, SessionDraft draft, SessionField field, Severity expected,
                                     String wordsShown) {
        ValidationResult result = validator.validate(draft);
        List<FieldProblem> problems = result.problemsOf(field);
        if (expected == null) {
            assertThat(problems).as("problems of %s", field).isEmpty();
        } else {
            assertThat(problems).as("problems of %s", field).isNotEmpty();
            assertThat(problems.get(0).severity()).isEqualTo(expected);
            assertThat(problems.get(0).message()).contains(wordsShown);
        }
        assertThat(result.isValid()).as("valid").isEqualTo(result.errors().isEmpty());
    }

    @Test
    void aValidDraftBecomesSettingsWithOnlyWhatWasGiven() {
        ValidationResult result = validator.validate(SessionDraft.builder().region(" eu-west-1 ")
                .bucket("liveness-audit").keyPrefix("").auditImagesLimit("").build());

        assertThat(result.errors()).isEmpty();
        SessionSettings settings = result.settings().orElseThrow();
        assertThat(settings.region()).isEqualTo("eu-west-1");
        assertThat(settings.bucket()).contains("liveness-audit");
        assertThat(settings.keyPrefix()).isEmpty();
        assertThat(settings.auditImagesLimit()).isZero();
        assertThat(settings.kmsKeyId()).isEmpty();
        assertThat(settings.clientRequestToken()).isEmpty();
        assertThat(settings.challengeType()).isEqualTo(ChallengeType.FACE_MOVEMENT_AND_LIGHT);
        assertThat(settings.hasChallengePreference()).isFalse();
    }

    @Test
    void warningsDoNotBlockButErrorsDo() {
        assertThat(validator.validate(valid().region("us-east-2").bucket("My_Bucket").build()).isValid()).isTrue();
        assertThat(validator.validate(valid().bucket("ab").build()).settings()).isEqualTo(Optional.empty());
    }

    @Test
    void everyFieldIsCheckedAtOnceSoTheFormCanMarkThemAll() {
        ValidationResult result = validator.validate(SessionDraft.builder().region("").bucket("x")
                .keyPrefix("a b").auditImagesLimit("9").kmsKeyId("-").clientRequestToken("no spaces").build());

        assertThat(result.errors()).extracting(FieldProblem::field).containsExactly(SessionField.REGION,
                SessionField.BUCKET, SessionField.KEY_PREFIX, SessionField.AUDIT_IMAGES_LIMIT,
                SessionField.KMS_KEY_ID, SessionField.CLIENT_REQUEST_TOKEN);
        assertThat(result.errors().get(1).describe()).startsWith("S3 bucket: Bucket names are 3 to 255");
    }

    @Test
    void aChallengePreferenceIsSentOnlyWhenItSaysMoreThanTheDefault() {
        SessionSettings movement = validator.validate(valid().challengeType("FaceMovementChallenge").build())
                .settings().orElseThrow();
        SessionSettings pinned = validator.validate(valid().challengeMinVersion("1.0.0").build())
                .settings().orElseThrow();

        assertThat(movement.challengeType()).isEqualTo(ChallengeType.FACE_MOVEMENT);
        assertThat(movement.hasChallengePreference()).isTrue();
        assertThat(pinned.hasChallengePreference()).isTrue();
    }
}
