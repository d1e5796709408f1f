package dev.livenessdesk.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.json.PrettyJson;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** A receipt's copy in the bucket: its document as JSON, in the caller's own bucket only. */
final class BucketReceipt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BucketReceipt() {
    }

    /** @throws RuntimeException as the SDK throws it, for the caller to put in words with s3:PutObject */
    static void put(S3Client s3, String bucket, String key, String owner, Map<String, Object> document) {
        byte[] json;
        try {
            json = PrettyJson.writer(JSON).writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The receipt could not be written as JSON", e);
        }
        s3.putObject(request -> request.bucket(bucket).key(key).expectedBucketOwner(owner)
                .contentType("application/json"), RequestBody.fromBytes(json));
    }
}
