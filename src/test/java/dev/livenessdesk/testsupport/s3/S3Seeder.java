package dev.livenessdesk.testsupport.s3;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Puts test objects into S3Mock through a plain SDK client (the seeding is not what a test checks). */
public final class S3Seeder {

    private final S3Client s3;

    public S3Seeder(S3Client s3) {
        this.s3 = s3;
    }

    public S3Seeder bucket(String bucket) {
        s3.createBucket(CreateBucketRequest.builder().bucket(bucket).build());
        return this;
    }

    public S3Seeder put(String bucket, String key, byte[] body, String contentType) {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build(),
                RequestBody.fromBytes(body));
        return this;
    }

    public S3Seeder putJpeg(String bucket, String key, byte[] jpeg) {
        return put(bucket, key, jpeg, "image/jpeg");
    }

    public S3Seeder putText(String bucket, String key, String text) {
        return put(bucket, key, text.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    /** Many tiny objects at once, for paging tests and benchmarks. */
    public void putAllParallel(String bucket, List<String> keys, byte[] body, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (String key : keys) {
                puts.add(pool.submit(() -> put(bucket, key, body, "image/jpeg")));
            }
            for (Future<?> put : puts) {
                put.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
