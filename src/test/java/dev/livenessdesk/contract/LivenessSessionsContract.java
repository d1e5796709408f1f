package dev.livenessdesk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.FeedbackCode;
import dev.livenessdesk.core.session.ReturnedImages;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionIds;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.session.SessionStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LivenessSessions} does, whether it calls Rekognition or plays it offline, so a user meets the
 * same ids, statuses, images and errors on both. Test methods are public so subclasses in any package run them.
 *
 * <p>Hooks a subclass provides (keep them adapter-neutral):
 * <ul>
 *   <li>{@link #sessions()}: the port under test. Each test creates its own sessions, so it may be shared.</li>
 *   <li>{@link #arrange(CreatedSession, Arranged)}: make GetFaceLivenessSessionResults answer for that session
 *       as {@link Arranged} describes, from now on. The sandbox plays the check (and moves its clock for
 *       EXPIRED); an AWS subclass scripts its Rekognition stand-in. For a SUCCEEDED check the answer carries a
 *       reference image and as many audit images as the session's AuditImagesLimit, each with a bounding box;
 *       with an output bucket as S3 objects in that bucket named {@code <keyPrefix><sessionId>/...}, without one
 *       as JPEG bytes; the challenge type is the session's; the confidence is above 50 for LIVE, below 50 for
 *       SPOOF and POOR_CONDITIONS. Every check that ran names the client that ran it (Metadata.SDKType). A check
 *       in POOR_CONDITIONS says why in at least two known feedback codes, each with the service's message, and
 *       may return fewer audit images than asked for (best effort).</li>
 *   <li>{@link #arrangeUnknownSession(String)}: make the service answer SessionNotFoundException for an id it
 *       never created. Default: nothing, for services that do so by themselves.</li>
 *   <li>{@link #now()}: the clock the port stamps {@code createdAt} with; the system clock unless overridden.</li>
 * </ul>
 * A stand-in must also answer a reused ClientRequestToken with the session first created with it, as the service
 * does; the test checks that the port sends the token.
 */
public abstract class LivenessSessionsContract {

    /** What the service should say about a session when its results are asked for. */
    public enum Arranged {
        /** Nobody started the check yet, and its 3-minute window is still open. */
        NOT_STARTED,
        /** The user is doing the check. */
        STARTED,
        /** The check ran and found a live person. */
        SUCCEEDED_LIVE,
        /** The check ran and found a spoof: still SUCCEEDED, with a low confidence. */
        SUCCEEDED_SPOOF,
        /** A live person in a dim room, off to one side: SUCCEEDED, a low confidence, and feedback saying why. */
        SUCCEEDED_POOR_CONDITIONS,
        /** Nobody started the check within 3 minutes of its creation. */
        EXPIRED
    }

    protected static final String BUCKET = "contract-liveness-bucket";
    protected static final String PREFIX = "contract/";

    protected abstract LivenessSessions sessions();

    protected abstract void arrange(CreatedSession session, Arranged arranged) throws Exception;

    protected void arrangeUnknownSession(String sessionId) throws Exception {
    }

    protected Instant now() {
        return Instant.now();
    }

    protected String region() {
        return "us-east-1";
    }

    /** Settings as the form would make them; a null bucket means no OutputConfig. */
    protected SessionSettings settings(String bucket, int auditImagesLimit, String clientRequestToken) {
        SessionDraft draft = SessionDraft.builder().region(region()).bucket(bucket)
                .keyPrefix(bucket == null ? null : PREFIX).auditImagesLimit(auditImagesLimit)
                .clientRequestToken(clientRequestToken).build();
        return new SessionSettingsValidator().validate(draft).settings().orElseThrow();
    }

    @Test
    public void createReturnsALowercaseSessionIdAndWhenItWasCreated() throws Exception {
        SessionSettings settings = settings(BUCKET, 2, null);
        Instant before = now();

        CreatedSession session = sessions().create(settings);

        Instant after = now();
        assertThat(session.sessionId()).hasSize(36).matches(SessionIds.PATTERN);
        assertThat(session.createdAt()).isBetween(before.minusSeconds(1), after.plusSeconds(1));
        assertThat(session.settings()).isEqualTo(settings);
    }

    @Test
    public void eachCreateWithoutATokenIsANewSession() throws Exception {
        String first = sessions().create(settings(null, 0, null)).sessionId();
        String second = sessions().create(settings(null, 0, null)).sessionId();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    public void aReusedClientRequestTokenReturnsTheSessionFirstCreatedWithIt() throws Exception {
        String token = "contract-" + UUID.randomUUID();

        String first = sessions().create(settings(BUCKET, 1, token)).sessionId();
        String again = sessions().create(settings(BUCKET, 1, token)).sessionId();
        String other = sessions().create(settings(BUCKET, 1, token + "-other")).sessionId();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    public void aFreshSessionIsCreatedWithNothingToShowYet() throws Exception {
        CreatedSession session = sessions().create(settings(BUCKET, 2, null));
        arrange(session, Arranged.NOT_STARTED);

        SessionResults results = sessions().results(session.sessionId());

        assertThat(results.sessionId()).isEqualTo(session.sessionId());
        assertThat(results.status()).isEqualTo(SessionStatus.CREATED);
        assertThat(results.displayStatus()).isEqualTo("CREATED");
        assertThat(results.confidence()).isEmpty();
        assertThat(results.referenceImage()).isEmpty();
        assertThat(results.auditImages()).isEmpty();
        assertThat(results.feedback()).isEmpty();
        assertThat(results.clientSdk()).isEmpty();
    }

    @Test
    public void aStartedSessionIsInProgress() throws Exception {
        CreatedSession session = sessions().create(settings(BUCKET, 1, null));
        arrange(session, Arranged.STARTED);

        SessionResults results = sessions().results(session.sessionId());

        assertThat(results.status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(results.status().isFinal()).isFalse();
        assertThat(results.confidence()).isEmpty();
    }

    @Test
    public void aSessionNotStartedInTimeIsExpired() throws Exception {
        CreatedSession session = sessions().create(settings(BUCKET, 1, null));
        arrange(session, Arranged.EXPIRED);

        SessionResults results = sessions().results(session.sessionId());

        assertThat(results.status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(results.status().isFinal()).isTrue();
        assertThat(results.confidence()).isEmpty();
        assertThat(results.referenceImage()).isEmpty();
    }

    @Test
    public void anUnknownSessionIsNotFoundInWordsNamingIt() throws Exception {
        String unknown = UUID.randomUUID().toString();
        arrangeUnknownSession(unknown);

        assertThatThrownBy(() -> sessions().results(unknown))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(ErrorKind.SESSION_NOT_FOUND);
                    assertThat(e.error().code()).isEqualTo("SessionNotFoundException");
                    assertThat(e.error().message()).contains(unknown);
                    assertThat(e.error().nextStep()).isNotBlank();
                });
    }

    @Test
    public void aCheckWithAnOutputBucketGivesS3ObjectsUnderTheSessionsPrefix() throws Exception {
        CreatedSession session = sessions().create(settings(BUCKET, 2, null));
        arrange(session, Arranged.SUCCEEDED_LIVE);

        SessionResults results = sessions().results(session.sessionId());

        assertThat(results.status()).isEqualTo(SessionStatus.SUCCEEDED);
        assertThat(results.confidence())
                .hasValueSatisfying(c -> assertThat(c).isGreaterThan(50f).isLessThanOrEqualTo(100f));
        assertThat(results.challengeType()).contains(session.settings().challengeType().wireName());
        assertThat(results.referenceImage()).hasValueSatisfying(image -> {
            assertThat(image.kind()).isEqualTo(ImageKind.REFERENCE);
            assertInS3(image, session);
        });
        assertThat(results.auditImages()).extracting(ResultImage::kind)
                .containsExactly(ImageKind.AUDIT, ImageKind.AUDIT);
        assertThat(results.auditImages()).extracting(ResultImage::auditIndex).containsExactly(1, 2);
        results.auditImages().forEach(image -> assertInS3(image, session));
    }

    @Test
    public void aCheckWithoutAnOutputBucketGivesTheImagesAsBytes() throws Exception {
        CreatedSession session = sessions().create(settings(null, 1, null));
        arrange(session, Arranged.SUCCEEDED_LIVE);

        SessionResults results = sessions().results(session.sessionId());

        assertThat(results.status()).isEqualTo(SessionStatus.SUCCEEDED);
        List<ResultImage> images = new ArrayList<>(results.auditImages());
        images.add(0, results.referenceImage().orElseThrow());
        assertThat(images).hasSize(2).allSatisfy(image -> {
            assertThat(image.s3Object()).isEmpty();
            assertThat(image.bytes()).hasValueSatisfying(bytes -> assertThat(bytes).isNotEmpty());
            assertBoxInsideImage(image);
        });
    }

    @Test
    public void aSpoofStillSucceedsButScoresBelowALivePerson() throws Exception {
        CreatedSession live = sessions().create(settings(BUCKET, 0, null));
        CreatedSession spoof = sessions().create(settings(BUCKET, 0, null));
        arrange(live, Arranged.SUCCEEDED_LIVE);
        arrange(spoof, Arranged.SUCCEEDED_SPOOF);

        SessionResults liveResults = sessions().results(live.sessionId());
        SessionResults spoofResults = sessions().results(spoof.sessionId());

        assertThat(spoofResults.status()).isEqualTo(SessionStatus.SUCCEEDED);
        assertThat(spoofResults.confidence().orElseThrow()).isLessThan(50f).isGreaterThanOrEqualTo(0f);
        assertThat(spoofResults.confidence().orElseThrow()).isLessThan(liveResults.confidence().orElseThrow());
    }

    @Test
    public void aLivePersonsCheckGivesNoFeedbackAndNamesTheClientThatRanIt() throws Exception {
        CreatedSession session = sessions().create(settings(BUCKET, 0, null));
        arrange(session, Arranged.SUCCEEDED_LIVE);

        SessionResults results = sessions().results(session.sessionId());

        assertThat(results.feedback()).isEmpty();
        assertThat(results.clientSdk()).hasValueSatisfying(client ->
                assertThat(client).isNotBlank().hasSizeLessThanOrEqualTo(64));
    }

    @Test
    public void aCheckInPoorConditionsScoresLowAndSaysWhyInKnownCodes() throws Exception {
        CreatedSession session = sessions().create(settings(BUCKET, 4, null));
        arrange(session, Arranged.SUCCEEDED_POOR_CONDITIONS);

        SessionResults results = sessions().results(session.sessionId());

        assertThat(results.status()).isEqualTo(SessionStatus.SUCCEEDED);
        assertThat(results.confidence().orElseThrow()).isLessThan(50f).isGreaterThanOrEqualTo(0f);
        assertThat(results.feedback()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(item -> {
            assertThat(item.kind()).isNotEqualTo(FeedbackCode.UNKNOWN);
            assertThat(item.code()).isEqualTo(item.kind().name());
            assertThat(item.message()).isNotBlank();
        });
        assertThat(results.feedbackCodes()).doesNotHaveDuplicates();
        assertThat(results.clientSdk()).isPresent();
        assertThat(results.referenceImage()).isPresent();
        assertThat(results.auditImages()).hasSizeLessThanOrEqualTo(4);
        assertThat(ReturnedImages.of(results, OptionalInt.of(4)).referenceMissing()).isFalse();
    }

    @Test
    public void anAuditImagesLimitOfZeroGivesOnlyTheReference() throws Exception {
        CreatedSession session = sessions().create(settings(BUCKET, 0, null));
        arrange(session, Arranged.SUCCEEDED_LIVE);

        SessionResults results = sessions().results(session.sessionId());

        assertThat(results.referenceImage()).isPresent();
        assertThat(results.auditImages()).isEmpty();
    }

    private static void assertInS3(ResultImage image, CreatedSession session) {
        assertThat(image.bytes()).isEmpty();
        assertThat(image.s3Object()).hasValueSatisfying(location -> {
            assertThat(location.bucket()).isEqualTo(session.settings().bucket().orElseThrow());
            assertThat(location.key()).startsWith(session.settings().keyPrefix() + session.sessionId() + "/");
        });
        assertBoxInsideImage(image);
    }

    private static void assertBoxInsideImage(ResultImage image) {
        assertThat(image.boundingBox()).hasValueSatisfying(box -> {
            assertThat(box.left()).isBetween(0.0, 1.0);
            assertThat(box.top()).isBetween(0.0, 1.0);
            assertThat(box.width()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0 - box.left());
            assertThat(box.height()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0 - box.top());
        });
    }
}
