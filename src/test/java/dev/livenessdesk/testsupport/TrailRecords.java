package dev.livenessdesk.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;

/**
 * CloudTrail records of Face Liveness calls shaped as CloudTrail writes management events (eventVersion 1.08,
 * userIdentity, sourceIPAddress, userAgent, requestParameters, responseElements, errorCode/errorMessage), for the
 * stand-in to serve. The members inside requestParameters and responseElements follow the API's shapes in camel
 * case; tests that care about case build their own.
 */
public final class TrailRecords {

    public static final String ACCOUNT = "111122223333";
    public static final String BACKEND_ROLE = "arn:aws:sts::" + ACCOUNT + ":assumed-role/checkout-backend/i-0abc123";
    public static final String FRONTEND_ROLE = "arn:aws:sts::" + ACCOUNT
            + ":assumed-role/liveness-frontend/CognitoIdentityCredentials";
    public static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrailRecords() {
    }

    public static ObjectNode base(String eventName, Instant time, String callerArn, String ip, String agent) {
        ObjectNode record = JSON.createObjectNode().put("eventVersion", "1.08");
        ObjectNode identity = record.putObject("userIdentity").put("type", "AssumedRole")
                .put("principalId", "AROAEXAMPLE:session").put("arn", callerArn).put("accountId", ACCOUNT);
        identity.putObject("sessionContext").putObject("sessionIssuer").put("type", "Role");
        record.put("eventTime", time.toString()).put("eventSource", "rekognition.amazonaws.com")
                .put("eventName", eventName).put("awsRegion", "us-east-1").put("sourceIPAddress", ip)
                .put("userAgent", agent);
        record.put("requestID", UUID.randomUUID().toString()).put("eventID", UUID.randomUUID().toString())
                .put("readOnly", false).put("eventType", "AwsApiCall").put("managementEvent", true)
                .put("recipientAccountId", ACCOUNT).put("eventCategory", "Management");
        return record;
    }

    public static ObjectNode create(String sessionId, Instant time, String bucket, String prefix, int auditImages) {
        ObjectNode record = base("CreateFaceLivenessSession", time, BACKEND_ROLE, "10.0.1.17",
                "aws-sdk-java/2.31.0 Linux/5.10.205 OpenJDK_64-Bit_Server_VM/17.0.9");
        ObjectNode settings = record.putObject("requestParameters").putObject("settings");
        settings.putObject("outputConfig").put("s3Bucket", bucket).put("s3KeyPrefix", prefix);
        settings.put("auditImagesLimit", auditImages);
        settings.putArray("challengePreferences").addObject().put("type", "FaceMovementAndLightChallenge");
        record.putObject("responseElements").put("sessionId", sessionId);
        return record;
    }

    public static ObjectNode start(String sessionId, Instant time, String ip, String agent, String errorCode,
                                   String errorMessage) {
        ObjectNode record = base("StartFaceLivenessSession", time, FRONTEND_ROLE, ip, agent);
        record.putObject("requestParameters").put("sessionId", sessionId);
        if (errorCode != null) {
            record.put("errorCode", errorCode).put("errorMessage", errorMessage);
            record.putNull("responseElements");
        } else {
            record.putObject("responseElements").put("sessionId", sessionId);
        }
        return record;
    }

    public static ObjectNode results(String sessionId, Instant time) {
        ObjectNode record = base("GetFaceLivenessSessionResults", time, BACKEND_ROLE, "10.0.1.17",
                "aws-sdk-java/2.31.0 Linux/5.10.205");
        record.put("readOnly", true);
        record.putObject("requestParameters").put("sessionId", sessionId);
        record.putNull("responseElements");
        return record;
    }
}
