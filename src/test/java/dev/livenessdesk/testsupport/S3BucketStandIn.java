package dev.livenessdesk.testsupport;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local S3 (restXml, path-style) for the bucket settings S3Mock does not keep: region, default encryption, Block
 * Public Access, lifecycle and versioning. Like S3, it answers a request signed for another region than the
 * bucket's with 301 and {@code x-amz-bucket-region}, and "not configured" as 404 with S3's own error codes.
 */
public final class S3BucketStandIn implements AutoCloseable {

    private static final Pattern SIGNED_REGION = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/s3/");

    /** One bucket's settings; a null part answers "not configured". */
    public static final class Bucket {
        String region = "us-east-1";
        String encryptionXml;
        String publicAccessXml;
        String lifecycleXml;
        String versioningStatus;

        public Bucket region(String value) {
            region = value;
            return this;
        }

        /** SSE-S3 (AES256) or SSE-KMS (aws:kms with this key). */
        public Bucket encryption(String algorithm, String kmsKeyId) {
            encryptionXml = "<ServerSideEncryptionConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + "<Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>" + algorithm + "</SSEAlgorithm>"
                    + (kmsKeyId == null ? "" : "<KMSMasterKeyID>" + kmsKeyId + "</KMSMasterKeyID>")
                    + "</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule>"
                    + "</ServerSideEncryptionConfiguration>";
            return this;
        }

        public Bucket publicAccessBlock(boolean acls, boolean ignoreAcls, boolean policy, boolean restrict) {
            publicAccessXml = "<PublicAccessBlockConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + "<BlockPublicAcls>" + acls + "</BlockPublicAcls><IgnorePublicAcls>" + ignoreAcls
                    + "</IgnorePublicAcls><BlockPublicPolicy>" + policy + "</BlockPublicPolicy>"
                    + "<RestrictPublicBuckets>" + restrict + "</RestrictPublicBuckets></PublicAccessBlockConfiguration>";
            return this;
        }

        /** One enabled rule expiring objects under the prefix after some days, and old versions after others. */
        public Bucket expiringRule(String id, String prefix, int days, Integer noncurrentDays) {
            lifecycleXml = "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Rule><ID>" + id
                    + "</ID><Filter><Prefix>" + prefix + "</Prefix></Filter><Status>Enabled</Status><Expiration><Days>"
                    + days + "</Days></Expiration>" + (noncurrentDays == null ? ""
                    : "<NoncurrentVersionExpiration><NoncurrentDays>" + noncurrentDays
                    + "</NoncurrentDays></NoncurrentVersionExpiration>") + "</Rule></LifecycleConfiguration>";
            return this;
        }

        public Bucket versioning(String status) {
            versioningStatus = status;
            return this;
        }
    }

    private final LoopbackServer server;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final List<String> requests = new ArrayList<>();

    private S3BucketStandIn() {
        this.server = LoopbackServer.start("s3-bucket-stand-in", this::handle);
    }

    public static S3BucketStandIn start() {
        return new S3BucketStandIn();
    }

    public URI uri() {
        return server.uri();
    }

    public synchronized Bucket bucket(String name) {
        return buckets.computeIfAbsent(name, n -> new Bucket());
    }

    /** Every request as "METHOD /bucket?query (signed for REGION)". */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String method = exchange.getRequestMethod();
        String name = exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "");
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        Matcher signed = SIGNED_REGION.matcher(auth);
        String signedRegion = signed.find() ? signed.group(1) : "";
        Reply reply;
        synchronized (this) {
            requests.add(method + " /" + name + (query.isEmpty() ? "" : "?" + query) + " (signed for " + signedRegion
                    + ")");
            reply = answer(method, buckets.get(name), query.replaceAll("=.*$", ""), signedRegion);
        }
        exchange.getResponseHeaders().add("x-amz-request-id", "req-s3-" + requests().size());
        reply.headers.forEach((key, value) -> exchange.getResponseHeaders().add(key, value));
        byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
        boolean head = "HEAD".equals(method);
        if (!head) {
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
        }
        exchange.sendResponseHeaders(reply.status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Reply answer(String method, Bucket bucket, String subresource, String signedRegion) {
        if (bucket == null) {
            return Reply.error(404, "NoSuchBucket", "The specified bucket does not exist", Map.of());
        }
        Map<String, String> region = Map.of("x-amz-bucket-region", bucket.region);
        if (!bucket.region.equals(signedRegion) && !"location".equals(subresource)) {
            return Reply.error(301, "PermanentRedirect", "The bucket you are attempting to access must be addressed "
                    + "using the specified endpoint.", region);
        }
        if ("HEAD".equals(method)) {
            return new Reply(200, "", region);
        }
        return switch (subresource) {
            case "location" -> new Reply(200, "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + ("us-east-1".equals(bucket.region) ? "" : bucket.region) + "</LocationConstraint>", Map.of());
            case "encryption" -> bucket.encryptionXml == null ? Reply.error(404,
                    "ServerSideEncryptionConfigurationNotFoundError", "The server side encryption configuration was "
                            + "not found", Map.of()) : new Reply(200, bucket.encryptionXml, Map.of());
            case "publicAccessBlock" -> bucket.publicAccessXml == null ? Reply.error(404,
                    "NoSuchPublicAccessBlockConfiguration", "The public access block configuration was not found",
                    Map.of()) : new Reply(200, bucket.publicAccessXml, Map.of());
            case "lifecycle" -> bucket.lifecycleXml == null ? Reply.error(404, "NoSuchLifecycleConfiguration",
                    "The lifecycle configuration does not exist", Map.of()) : new Reply(200, bucket.lifecycleXml, Map.of());
            case "versioning" -> new Reply(200, "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/"
                    + "2006-03-01/\">" + (bucket.versioningStatus == null ? ""
                    : "<Status>" + bucket.versioningStatus + "</Status>") + "</VersioningConfiguration>", Map.of());
            default -> Reply.error(501, "NotImplemented", "The stand-in does not answer ?" + subresource, Map.of());
        };
    }

    private record Reply(int status, String body, Map<String, String> headers) {
        static Reply error(int status, String code, String message, Map<String, String> headers) {
            return new Reply(status, "<Error><Code>" + code + "</Code><Message>" + message + "</Message>"
                    + "<RequestId>req-s3-error</RequestId></Error>", headers);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
