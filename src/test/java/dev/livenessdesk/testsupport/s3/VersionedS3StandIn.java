package dev.livenessdesk.testsupport.s3;

import com.sun.net.httpserver.HttpExchange;
import dev.livenessdesk.testsupport.LoopbackServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A local S3 (restXml, path-style) for what S3Mock 4.12.4 does not do: it lists versions, but its DeleteObjects
 * deletes a version under COMPLIANCE retention or a legal hold. This stand-in keeps versions and delete markers,
 * refuses to delete a locked or held version (AccessDenied for that key, as S3 does), refuses version deletes on a
 * bucket with MFA delete, answers 503 SlowDown when told to, checks {@code x-amz-expected-bucket-owner}, and keeps
 * lifecycle configurations and written objects (receipts). Every request is counted.
 */
public final class VersionedS3StandIn implements AutoCloseable {

    private static final String NS = "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"";

    /** One bucket: its settings and its versions, key by key, newest first. */
    public static final class Bucket {
        final String owner;
        String versioning = "";
        boolean mfaDelete;
        String lifecycleXml;
        int slowDowns;
        boolean denyVersionDeletes;
        boolean denyDeletes;
        boolean denyLifecycleWrites;
        final TreeMap<String, List<Version>> keys = new TreeMap<>();

        Bucket(String owner) {
            this.owner = owner;
        }

        public Bucket versioning(String status, boolean mfa) {
            versioning = status;
            mfaDelete = mfa;
            return this;
        }

        /** The next DeleteObjects calls answer 503 SlowDown. */
        public synchronized Bucket slowDown(int calls) {
            slowDowns = calls;
            return this;
        }

        /** IAM allows s3:DeleteObject but not s3:DeleteObjectVersion. */
        public Bucket denyVersionDeletes() {
            denyVersionDeletes = true;
            return this;
        }

        /** IAM allows neither s3:DeleteObject nor s3:DeleteObjectVersion. */
        public Bucket denyDeletes() {
            denyDeletes = true;
            denyVersionDeletes = true;
            return this;
        }

        /** IAM does not allow s3:PutLifecycleConfiguration. */
        public Bucket denyLifecycleWrites() {
            denyLifecycleWrites = true;
            return this;
        }

        public Bucket lifecycle(String xml) {
            lifecycleXml = xml;
            return this;
        }

        /** Writes a new version (or the "null" one when versioning is off) and returns its id. */
        public synchronized String put(String key, int size, Instant lastModified) {
            String id = versioning.equals("Enabled") ? UUID.randomUUID().toString() : "null";
            List<Version> versions = keys.computeIfAbsent(key, k -> new ArrayList<>());
            versions.removeIf(v -> v.id.equals(id));
            versions.add(0, new Version(id, size, lastModified, false));
            return id;
        }

        /** Object Lock retention on one version until a date. */
        public synchronized Bucket retain(String key, String versionId, Instant until) {
            find(key, versionId).retainUntil = until;
            return this;
        }

        public synchronized Bucket hold(String key, String versionId) {
            find(key, versionId).legalHold = true;
            return this;
        }

        /** A delete marker on top of the key, as a delete without a version id makes. */
        public synchronized void deleteMarker(String key, Instant at) {
            keys.computeIfAbsent(key, k -> new ArrayList<>()).add(0,
                    new Version(UUID.randomUUID().toString(), 0, at, true));
        }

        public synchronized List<String> keysWithVersions() {
            List<String> all = new ArrayList<>();
            keys.forEach((key, versions) -> versions.forEach(v -> all.add(key + "#" + v.id)));
            return all;
        }

        public synchronized String lifecycleXml() {
            return lifecycleXml;
        }

        private Version find(String key, String versionId) {
            return keys.get(key).stream().filter(v -> v.id.equals(versionId)).findFirst().orElseThrow();
        }
    }

    static final class Version {
        final String id;
        final int size;
        final Instant lastModified;
        final boolean deleteMarker;
        Instant retainUntil;
        boolean legalHold;

        Version(String id, int size, Instant lastModified, boolean deleteMarker) {
            this.id = id;
            this.size = size;
            this.lastModified = lastModified;
            this.deleteMarker = deleteMarker;
        }
    }

    private final LoopbackServer server;
    private final java.util.concurrent.CountDownLatch stalled = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    private int stallAfterDeleteCall = -1;
    private int deleteCalls;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final List<String> requests = new ArrayList<>();
    private final Map<String, Integer> versionDeletes = new LinkedHashMap<>();
    private final Map<String, byte[]> written = new LinkedHashMap<>();

    private VersionedS3StandIn() {
        this.server = LoopbackServer.start("versioned-s3-stand-in", this::handle);
    }

    public static VersionedS3StandIn start() {
        return new VersionedS3StandIn();
    }

    public URI uri() {
        return server.uri();
    }

    /** A bucket owned by this account id. */
    public synchronized Bucket bucket(String name, String ownerAccount) {
        return buckets.computeIfAbsent(name, n -> new Bucket(ownerAccount));
    }

    /**
     * The n-th DeleteObjects call (1-based) deletes, then never answers: the desk that sent it dies waiting, as one
     * killed mid-batch would. {@link #awaitStall} tells when that happened.
     */
    public synchronized VersionedS3StandIn stallAfterDeleteCall(int call) {
        stallAfterDeleteCall = call;
        return this;
    }

    public boolean awaitStall(java.time.Duration bound) throws InterruptedException {
        return stalled.await(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Every request as "METHOD /path?query". */
    public synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    /** How many times each "key#versionId" was deleted for good. */
    public synchronized Map<String, Integer> versionDeletes() {
        return Map.copyOf(versionDeletes);
    }

    /** The bytes of objects written with PUT, by "bucket/key". */
    public synchronized Map<String, byte[]> written() {
        return Map.copyOf(written);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (exchange.getRequestHeaders().containsKey("x-amz-decoded-content-length")) {
            body = unchunk(body);
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath().replaceFirst("^/", "");
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        int slash = path.indexOf('/');
        String bucketName = slash < 0 ? path : path.substring(0, slash);
        String key = slash < 0 ? "" : path.substring(slash + 1);
        Map<String, String> params = params(query);
        String expectedOwner = exchange.getRequestHeaders().getFirst("x-amz-expected-bucket-owner");
        Reply reply;
        synchronized (this) {
            requests.add(method + " /" + path + (query.isEmpty() ? "" : "?" + query));
            Bucket bucket = buckets.get(bucketName);
            if (bucket == null) {
                reply = Reply.error(404, "NoSuchBucket", "The specified bucket does not exist");
            } else if (expectedOwner != null && !expectedOwner.equals(bucket.owner)) {
                reply = Reply.error(403, "AccessDenied", "Access Denied");
            } else {
                try {
                    reply = answer(method, bucket, bucketName, key, params, body);
                } catch (Exception broken) {
                    reply = Reply.error(400, "MalformedXML", String.valueOf(broken.getMessage()));
                }
            }
        }
        if (reply.stall) {
            stalled.countDown();
            try {
                closed.await();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        exchange.getResponseHeaders().add("x-amz-request-id", "req-vs3-" + requests.size());
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

    private Reply answer(String method, Bucket bucket, String bucketName, String key, Map<String, String> params,
                         byte[] body) throws Exception {
        if (key.isEmpty()) {
            if ("HEAD".equals(method)) {
                return new Reply(200, "");
            }
            if ("POST".equals(method) && params.containsKey("delete")) {
                return deleteObjects(bucket, body);
            }
            if (params.containsKey("versioning")) {
                return new Reply(200, "<VersioningConfiguration " + NS + ">"
                        + (bucket.versioning.isEmpty() ? "" : "<Status>" + bucket.versioning + "</Status>")
                        + (bucket.mfaDelete ? "<MfaDelete>Enabled</MfaDelete>" : "") + "</VersioningConfiguration>");
            }
            if (params.containsKey("versions")) {
                return listVersions(bucket, params);
            }
            if ("2".equals(params.get("list-type"))) {
                return listObjectsV2(bucket, params);
            }
            if (params.containsKey("lifecycle")) {
                if ("PUT".equals(method) && bucket.denyLifecycleWrites) {
                    return Reply.error(403, "AccessDenied", "Access Denied");
                }
                if ("PUT".equals(method)) {
                    bucket.lifecycleXml = new String(body, StandardCharsets.UTF_8);
                    return new Reply(200, "");
                }
                return bucket.lifecycleXml == null ? Reply.error(404, "NoSuchLifecycleConfiguration",
                        "The lifecycle configuration does not exist") : new Reply(200, bucket.lifecycleXml);
            }
            return Reply.error(501, "NotImplemented", "The stand-in does not answer " + params.keySet());
        }
        String versionId = params.getOrDefault("versionId", "null");
        if (params.containsKey("retention")) {
            Version version = bucket.find(key, versionId);
            return version.retainUntil == null ? Reply.error(404, "NoSuchObjectLockConfiguration",
                    "The specified object does not have a ObjectLock configuration") : new Reply(200,
                    "<Retention " + NS + "><Mode>COMPLIANCE</Mode><RetainUntilDate>" + version.retainUntil
                            + "</RetainUntilDate></Retention>");
        }
        if (params.containsKey("legal-hold")) {
            Version version = bucket.find(key, versionId);
            return version.legalHold ? new Reply(200, "<LegalHold " + NS + "><Status>ON</Status></LegalHold>")
                    : Reply.error(404, "NoSuchObjectLockConfiguration",
                    "The specified object does not have a ObjectLock configuration");
        }
        if ("PUT".equals(method)) {
            bucket.put(key, body.length, Instant.now());
            written.put(bucketName + "/" + key, body);
            return new Reply(200, "");
        }
        return Reply.error(501, "NotImplemented", "The stand-in does not answer " + method + " on an object");
    }

    private static Reply listVersions(Bucket bucket, Map<String, String> params) {
        String prefix = params.getOrDefault("prefix", "");
        int max = Integer.parseInt(params.getOrDefault("max-keys", "1000"));
        String keyMarker = params.getOrDefault("key-marker", "");
        String versionMarker = params.getOrDefault("version-id-marker", "");
        StringBuilder xml = new StringBuilder("<ListVersionsResult " + NS + "><Name>b</Name><Prefix>")
                .append(escape(prefix)).append("</Prefix>");
        int count = 0;
        boolean pastMarker = keyMarker.isEmpty();
        String lastKey = "";
        String lastVersion = "";
        boolean truncated = false;
        for (Map.Entry<String, List<Version>> entry : bucket.keys.tailMap(keyMarker, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                continue;
            }
            for (int i = 0; i < entry.getValue().size(); i++) {
                Version version = entry.getValue().get(i);
                if (!pastMarker) {
                    if (entry.getKey().equals(keyMarker) && !versionMarker.isEmpty()) {
                        if (version.id.equals(versionMarker)) {
                            pastMarker = true;
                        }
                        continue;
                    }
                    if (entry.getKey().equals(keyMarker)) {
                        continue;
                    }
                    pastMarker = true;
                }
                if (count == max) {
                    truncated = true;
                    break;
                }
                String tag = version.deleteMarker ? "DeleteMarker" : "Version";
                xml.append('<').append(tag).append("><Key>").append(escape(entry.getKey())).append("</Key><VersionId>")
                        .append(version.id).append("</VersionId><IsLatest>").append(i == 0)
                        .append("</IsLatest><LastModified>").append(version.lastModified).append("</LastModified>");
                if (!version.deleteMarker) {
                    xml.append("<ETag>\"e\"</ETag><Size>").append(version.size)
                            .append("</Size><StorageClass>STANDARD</StorageClass>");
                }
                xml.append("</").append(tag).append('>');
                count++;
                lastKey = entry.getKey();
                lastVersion = version.id;
            }
            if (truncated) {
                break;
            }
        }
        xml.append("<MaxKeys>").append(max).append("</MaxKeys><IsTruncated>").append(truncated).append("</IsTruncated>");
        if (truncated) {
            xml.append("<NextKeyMarker>").append(escape(lastKey)).append("</NextKeyMarker><NextVersionIdMarker>")
                    .append(lastVersion).append("</NextVersionIdMarker>");
        }
        return new Reply(200, xml.append("</ListVersionsResult>").toString());
    }

    /** The current objects (newest version, not a delete marker), pages continued after the last key. */
    private static Reply listObjectsV2(Bucket bucket, Map<String, String> params) {
        String prefix = params.getOrDefault("prefix", "");
        int max = Integer.parseInt(params.getOrDefault("max-keys", "1000"));
        String after = params.getOrDefault("continuation-token", params.getOrDefault("start-after", ""));
        StringBuilder xml = new StringBuilder("<ListBucketResult " + NS + "><Name>b</Name><Prefix>")
                .append(escape(prefix)).append("</Prefix>");
        int count = 0;
        String lastKey = "";
        boolean truncated = false;
        for (Map.Entry<String, List<Version>> entry : bucket.keys.tailMap(after, false).entrySet()) {
            Version current = entry.getValue().isEmpty() ? null : entry.getValue().get(0);
            if (!entry.getKey().startsWith(prefix) || current == null || current.deleteMarker) {
                continue;
            }
            if (count == max) {
                truncated = true;
                break;
            }
            xml.append("<Contents><Key>").append(escape(entry.getKey())).append("</Key><LastModified>")
                    .append(current.lastModified).append("</LastModified><ETag>\"e\"</ETag><Size>")
                    .append(current.size).append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
            count++;
            lastKey = entry.getKey();
        }
        xml.append("<KeyCount>").append(count).append("</KeyCount><MaxKeys>").append(max)
                .append("</MaxKeys><IsTruncated>").append(truncated).append("</IsTruncated>");
        if (truncated) {
            xml.append("<NextContinuationToken>").append(escape(lastKey)).append("</NextContinuationToken>");
        }
        return new Reply(200, xml.append("</ListBucketResult>").toString());
    }

    private Reply deleteObjects(Bucket bucket, byte[] body) throws Exception {
        if (bucket.slowDowns > 0) {
            bucket.slowDowns--;
            return Reply.error(503, "SlowDown", "Please reduce your request rate.");
        }
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(body));
        NodeList objects = document.getElementsByTagName("Object");
        if (objects.getLength() > 1000) {
            return Reply.error(400, "MalformedXML", "The XML you provided was not well-formed");
        }
        deleteCalls++;
        boolean stall = deleteCalls == stallAfterDeleteCall;
        StringBuilder xml = new StringBuilder("<DeleteResult " + NS + ">");
        for (int i = 0; i < objects.getLength(); i++) {
            Element object = (Element) objects.item(i);
            String key = text(object, "Key");
            String asked = text(object, "VersionId");
            // Without a version id a bucket never versioned deletes its one ("null") version.
            String versionId = asked == null && bucket.versioning.isEmpty() ? "null" : asked;
            if (asked != null && bucket.mfaDelete) {
                return Reply.error(403, "AccessDenied", "Mfa Authentication must be used for this request");
            }
            List<Version> versions = bucket.keys.get(key);
            Version version = versions == null || versionId == null ? null
                    : versions.stream().filter(v -> v.id.equals(versionId)).findFirst().orElse(null);
            String denial = asked != null && bucket.denyVersionDeletes || asked == null && bucket.denyDeletes
                    ? "Access Denied"
                    : version != null && (version.legalHold || version.retainUntil != null
                    && version.retainUntil.isAfter(Instant.now()))
                    ? "Access Denied because object protected by object lock." : null;
            if (denial != null) {
                xml.append("<Error><Key>").append(escape(key)).append("</Key>")
                        .append(asked == null ? "" : "<VersionId>" + asked + "</VersionId>")
                        .append("<Code>AccessDenied</Code><Message>").append(denial)
                        .append("</Message></Error>");
                continue;
            }
            if (versionId == null) {
                return Reply.error(501, "NotImplemented", "The stand-in deletes only by version id");
            }
            if (version != null) {
                versions.remove(version);
                if (versions.isEmpty()) {
                    bucket.keys.remove(key);
                }
                versionDeletes.merge(key + "#" + versionId, 1, Integer::sum);
            }
            xml.append("<Deleted><Key>").append(escape(key)).append("</Key>")
                    .append(asked == null ? "" : "<VersionId>" + asked + "</VersionId>").append(version != null && version.deleteMarker
                            ? "<DeleteMarker>true</DeleteMarker><DeleteMarkerVersionId>" + versionId
                            + "</DeleteMarkerVersionId>" : "").append("</Deleted>");
        }
        return new Reply(200, xml.append("</DeleteResult>").toString(), stall);
    }

    /** The payload of an aws-chunked body (the SDK streams uploads with a checksum trailer): the chunks' data. */
    private static byte[] unchunk(byte[] body) {
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = at;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String header = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            data.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return data.toByteArray();
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private record Reply(int status, String body, boolean stall) {
        Reply(int status, String body) {
            this(status, body, false);
        }

        static Reply error(int status, String code, String message) {
            return new Reply(status, "<Error><Code>" + code + "</Code><Message>" + message + "</Message>"
                    + "<RequestId>req-vs3-error</RequestId></Error>");
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.close();
    }
}
