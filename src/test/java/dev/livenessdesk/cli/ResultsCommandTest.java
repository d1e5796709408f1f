package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CliRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StandInReply;
import java.util.Base64;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** {@code results} through the real launcher and SDK against the stand-in: what the results panel shows. */
class ResultsCommandTest {

    private static final String SESSION_ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    /** A stand-in of its own for each test, closed after it. */
    @AutoClose
    private final RekognitionStandIn standIn = RekognitionStandIn.start();

    @Test
    void aSucceededSessionShowsStatusConfidenceChallengeAndS3Images() {
        standIn.respondResults(json("""
                {'SessionId':'%s','Status':'SUCCEEDED','Confidence':98.5,
                 'Challenge':{'Type':'FaceMovementAndLightChallenge','Version':'1.0.0'},
                 'ReferenceImage':{'S3Object':{'Bucket':'liveness-out','Name':'qa/%s/reference.jpg'},
                                   'BoundingBox':{'Width':0.5,'Height':0.25,'Left':0.125,'Top':0.0625}},
                 'AuditImages':[{'S3Object':{'Bucket':'liveness-out','Name':'qa/%s/audit_1.jpg','Version':'v1'}}]}
                """.formatted(SESSION_ID, SESSION_ID, SESSION_ID)));

        CliRun run = CliRun.run(StandInBackends.aws(), "results", SESSION_ID, "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.envelope()).isEqualTo(json("""
                {'success':true,'data':{'id':'%s','status':'SUCCEEDED','raw_status':'SUCCEEDED','confidence':98.5,
                 'challenge':{'type':'FaceMovementAndLightChallenge','version':'1.0.0'},
                 'reference_image':{'s3_uri':'s3://liveness-out/qa/%s/reference.jpg','bucket':'liveness-out',
                                    'key':'qa/%s/reference.jpg',
                                    'bounding_box':{'left':0.125,'top':0.0625,'width':0.5,'height':0.25}},
                 'audit_images':[{'s3_uri':'s3://liveness-out/qa/%s/audit_1.jpg','bucket':'liveness-out',
                                  'key':'qa/%s/audit_1.jpg','version':'v1'}],
                 'feedback':[],'client_sdk':null}}
                """.formatted(SESSION_ID, SESSION_ID, SESSION_ID, SESSION_ID, SESSION_ID)));
        assertThat(standIn.lastRequest(RekognitionStandIn.GET_RESULTS).body())
                .isEqualTo(json("{'SessionId':'" + SESSION_ID + "'}"));
    }

    @Test
    void theFaceBoxPrintsTheDecimalsTheServiceSentWithoutFloatNoise() {
        standIn.respondResults(json("""
                {'SessionId':'%s','Status':'SUCCEEDED','Confidence':93.7,
                 'ReferenceImage':{'S3Object':{'Bucket':'liveness-out','Name':'qa/%s/reference.jpg'},
                                   'BoundingBox':{'Width':0.3,'Height':0.45,'Left':0.1,'Top':0.2}}}
                """.formatted(SESSION_ID, SESSION_ID)));

        CliRun run = CliRun.run(StandInBackends.aws(), "results", SESSION_ID, "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.stdout()).contains("\"confidence\":93.7,")
                .contains("\"bounding_box\":{\"left\":0.1,\"top\":0.2,\"width\":0.3,\"height\":0.45}")
                .doesNotContain("0000000");
    }

    @Test
    void imagesThatCameAsBytesShowOnlyTheirSizeNeverTheBytes() {
        String jpeg = Base64.getEncoder().encodeToString(new byte[1234]);
        standIn.respondResults(json("""
                {'SessionId':'%s','Status':'SUCCEEDED','Confidence':12.25,
                 'ReferenceImage':{'Bytes':'%s'},'AuditImages':[{'Bytes':'%s'},{'Bytes':'%s'}]}
                """.formatted(SESSION_ID, jpeg, jpeg, jpeg)));

        CliRun run = CliRun.run(StandInBackends.aws(), "results", SESSION_ID, "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.envelope()).isEqualTo(json("""
                {'success':true,'data':{'id':'%s','status':'SUCCEEDED','raw_status':'SUCCEEDED','confidence':12.25,
                 'reference_image':{'bytes':1234},'audit_images':[{'bytes':1234},{'bytes':1234}],
                 'feedback':[],'client_sdk':null}}
                """.formatted(SESSION_ID)));
        assertThat(run.stdout()).doesNotContain(jpeg.substring(0, 16));
    }

    @Test
    void aStatusNewerThanThisAppIsShownAsSent() {
        standIn.respondResults(json("{'SessionId':'" + SESSION_ID + "','Status':'PAUSED'}"));

        CliRun run = CliRun.run(StandInBackends.aws(), "results", SESSION_ID, "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.envelope()).isEqualTo(json("{'success':true,'data':{'id':'" + SESSION_ID + "',"
                + "'status':'PAUSED','raw_status':'PAUSED','audit_images':[],'feedback':[],'client_sdk':null}}"));
    }

    @Test
    void aLowScoreSaysWhyInFeedbackCodesAndNamesTheClientExactly() {
        standIn.respondResults(json("""
                {'SessionId':'%s','Status':'SUCCEEDED','Confidence':41.5,
                 'Feedback':[{'Code':'LOW_LIGHTING_DETECTED','Message':'Low lighting detected.'},
                             {'Code':'FACE_NOT_ALIGNED','Message':'Face not aligned.'}],
                 'Metadata':{'SDKType':'AmplifyUI-React'}}
                """.formatted(SESSION_ID)));

        CliRun run = CliRun.run(StandInBackends.aws(), "results", SESSION_ID, "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.envelope()).isNotNull();
        assertThat(run.stdout().strip()).isEqualTo("{\"success\":true,\"data\":{\"id\":\"" + SESSION_ID + "\","
                + "\"status\":\"SUCCEEDED\",\"raw_status\":\"SUCCEEDED\",\"confidence\":41.5,"
                + "\"audit_images\":[],\"feedback\":["
                + "{\"code\":\"LOW_LIGHTING_DETECTED\",\"message\":\"Low lighting detected.\"},"
                + "{\"code\":\"FACE_NOT_ALIGNED\",\"message\":\"Face not aligned.\"}],"
                + "\"client_sdk\":\"AmplifyUI-React\"}}");
    }

    @Test
    void aFeedbackCodeNewerThanTheAppIsPrintedAsSentAndAMissingMessageIsNull() {
        standIn.respondResults(json("{'SessionId':'" + SESSION_ID + "','Status':'SUCCEEDED','Confidence':30.0,"
                + "'Feedback':[{'Code':'SCREEN_GLARE_DETECTED'}]}"));

        CliRun run = CliRun.run(StandInBackends.aws(), "results", SESSION_ID, "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.envelope()).isEqualTo(json("{'success':true,'data':{'id':'" + SESSION_ID + "',"
                + "'status':'SUCCEEDED','raw_status':'SUCCEEDED','confidence':30.0,'audit_images':[],"
                + "'feedback':[{'code':'SCREEN_GLARE_DETECTED','message':null}],'client_sdk':null}}"));
    }

    @Test
    void aPastedIdIsTrimmedAndLowered() {
        CliRun run = CliRun.run(StandInBackends.aws(), "results", "  " + SESSION_ID.toUpperCase() + " ",
                "--region", "us-east-1", "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(standIn.lastRequest(RekognitionStandIn.GET_RESULTS).body().path("SessionId").asText())
                .isEqualTo(SESSION_ID);
    }

    @Test
    void aMalformedIdIsRefusedBeforeAnyCall() {
        CliRun run = CliRun.run(StandInBackends.aws(), "results", "0f3c1a2b-4d5e", "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(CreateValidationTest.validationError("'0f3c1a2b-4d5e' is not a session "
                + "id: session ids are 36 characters like 0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8."));
        assertThat(standIn.requests()).isEmpty();
    }

    @Test
    void anUnknownSessionIsSessionNotFoundNamingTheIdAndRegion() {
        standIn.enqueue(RekognitionStandIn.GET_RESULTS, StandInReply.error(400, "SessionNotFoundException",
                "Session not found").withRequestId("req-42"));

        CliRun run = CliRun.run(StandInBackends.aws(), "results", SESSION_ID, "--region", "eu-west-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.envelope()).isEqualTo(json("{'success':false,'error':{'code':'SessionNotFoundException',"
                + "'message':'There is no session " + SESSION_ID + " in eu-west-1. Check the id and the region: a "
                + "session is found only in the region that created it. A session not started within 3 minutes "
                + "expires, and Rekognition keeps results only for a limited time: look for an old session\\u0027s "
                + "images in S3.','request_id':'req-42'}}"));
    }

    @Test
    void accessDeniedNamesTheResultsPermission() {
        standIn.enqueue(RekognitionStandIn.GET_RESULTS, StandInReply.error(400, "AccessDeniedException",
                "not authorized").withRequestId("req-43"));

        CliRun run = CliRun.run(StandInBackends.aws(), "results", SESSION_ID, "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.envelope().path("error").path("code").asText()).isEqualTo("AccessDeniedException");
        assertThat(run.envelope().path("error").path("message").asText())
                .startsWith("Your credentials lack rekognition:GetFaceLivenessSessionResults.");
        assertThat(run.envelope().path("error").path("request_id").asText()).isEqualTo("req-43");
    }
}
