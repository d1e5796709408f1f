package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.session.FeedbackCode;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feedback and Metadata of GetFaceLivenessSessionResults, through the real SDK client from the stand-in's wire
 * answer to the core's results: codes kept as sent (a newer one too), the client as it reported itself.
 */
class LivenessFeedbackMappingTest {

    private static final String SESSION_ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private RekognitionLivenessSessions sessions;

    @BeforeEach
    void start() {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        sessions = new RekognitionLivenessSessions(clients, standIn.connection(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        clients.close();
        standIn.close();
    }

    private SessionResults answer(String members) throws Exception {
        standIn.respondResults("{\"SessionId\":\"" + SESSION_ID + "\",\"Status\":\"SUCCEEDED\",\"Confidence\":41.5"
                + members + "}");
        return sessions.results(SESSION_ID);
    }

    @Test
    void feedbackCodesAndMessagesComeInTheServicesOrderWithTheClient() throws Exception {
        SessionResults results = answer("""
                ,"Feedback":[{"Code":"LOW_LIGHTING_DETECTED","Message":"Low lighting detected."},
                             {"Code":"FACE_NOT_ALIGNED","Message":"Face was not aligned."}],
                 "Metadata":{"SDKType":"AmplifyUI-React"}""");

        assertThat(results.feedback()).containsExactly(
                new FeedbackItem("LOW_LIGHTING_DETECTED", "Low lighting detected."),
                new FeedbackItem("FACE_NOT_ALIGNED", "Face was not aligned."));
        assertThat(results.feedback()).extracting(FeedbackItem::kind)
                .containsExactly(FeedbackCode.LOW_LIGHTING_DETECTED, FeedbackCode.FACE_NOT_ALIGNED);
        assertThat(results.clientSdk()).hasValue("AmplifyUI-React");
    }

    @Test
    void everyCodeTheSdkKnowsIsACodeTheAppKnows() throws Exception {
        StringBuilder items = new StringBuilder();
        for (software.amazon.awssdk.services.rekognition.model.FeedbackCode code
                : software.amazon.awssdk.services.rekognition.model.FeedbackCode.knownValues()) {
            items.append(items.isEmpty() ? "" : ",").append("{\"Code\":\"").append(code).append("\"}");
        }

        SessionResults results = answer(",\"Feedback\":[" + items + "]");

        assertThat(results.feedback()).hasSize(7).allSatisfy(item ->
                assertThat(item.kind()).isNotEqualTo(FeedbackCode.UNKNOWN));
    }

    @Test
    void aCodeNewerThanTheSdkKeepsItsRawStringAndReadsAsUnknown() throws Exception {
        SessionResults results = answer("""
                ,"Feedback":[{"Code":"SCREEN_GLARE_DETECTED","Message":"Glare on the screen."},
                             {"Code":"EYES_CLOSED_DETECTED"}]""");

        assertThat(results.feedback()).containsExactly(
                new FeedbackItem("SCREEN_GLARE_DETECTED", "Glare on the screen."),
                new FeedbackItem("EYES_CLOSED_DETECTED", ""));
        assertThat(results.feedback().get(0).kind()).isEqualTo(FeedbackCode.UNKNOWN);
        assertThat(results.feedbackCodes()).containsExactly("SCREEN_GLARE_DETECTED", "EYES_CLOSED_DETECTED");
    }

    @Test
    void anEmptyListAndNoMetadataGiveNoFeedbackAndNoClient() throws Exception {
        SessionResults results = answer(",\"Feedback\":[]");

        assertThat(results.feedback()).isEmpty();
        assertThat(results.clientSdk()).isEmpty();
    }

    @Test
    void anAnswerFromBeforeFeedbackExistedGivesNoFeedbackAndNoClient() throws Exception {
        SessionResults results = answer("");

        assertThat(results.feedback()).isEmpty();
        assertThat(results.clientSdk()).isEmpty();
        assertThat(results.confidence()).hasValue(41.5f);
    }

    @Test
    void anItemWithoutACodeIsLeftOutAndABlankClientIsNone() throws Exception {
        SessionResults results = answer("""
                ,"Feedback":[{"Message":"no code"},{"Code":"FACE_NOT_VISIBLE","Message":"No face."}],
                 "Metadata":{"SDKType":"  "}""");

        assertThat(results.feedback()).containsExactly(new FeedbackItem("FACE_NOT_VISIBLE", "No face."));
        assertThat(results.clientSdk()).isEmpty();
    }
}
