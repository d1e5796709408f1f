package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ErasureProgress;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** An erasure against S3Mock, a real S3 emulator, in a bucket without versioning: by key, receipt beside. */
class ErasureOnS3MockTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final String SESSION = "5e000000-0000-4000-8000-000000000001";
    private static final String NEIGHBOUR = "5e000000-0000-4000-8000-000000000002";

    @TempDir
    Path folder;

    @Test
    void aSessionFolderIsErasedTheRestOfTheBucketStaysAndTheReceiptIsInItsOwnFolder() throws Exception {
        try (StsStandIn sts = StsStandIn.start();
             ErasureDesk desk = new ErasureDesk(URI.create("http://localhost:" + S3_MOCK.getHttpPort()), sts.uri(),
                     folder)) {
            S3Client s3 = desk.clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort()));
            new S3Seeder(s3).bucket("erase-plain")
                    .putText("erase-plain", "qa/" + SESSION + "/reference.jpg", "face")
                    .putText("erase-plain", "qa/" + SESSION + "/audit/1.jpg", "face")
                    .putText("erase-plain", "qa/" + SESSION + "/liveness-desk-record.json", "{}")
                    .putText("erase-plain", "qa/" + NEIGHBOUR + "/reference.jpg", "face")
                    .putText("erase-plain", "qa/" + SESSION + ".csv", "beside, not inside")
                    .putText("erase-plain", SESSION + "/reference.jpg", "another prefix");

            ErasurePlan plan = desk.planner.planSession("erase-plain", "qa/", SESSION);
            Eraser.Outcome outcome = desk.eraser.run(plan, true, ErasureProgress.NONE, () -> false);

            assertThat(plan.versionCount()).isEqualTo(3);
            assertThat(plan.bucketFacts().everVersioned()).isFalse();
            assertThat(outcome.receipt().complete()).isTrue();
            assertThat(outcome.receipt().erased()).extracting(v -> v.key()).containsExactlyInAnyOrder(
                    "qa/" + SESSION + "/reference.jpg", "qa/" + SESSION + "/audit/1.jpg",
                    "qa/" + SESSION + "/liveness-desk-record.json");
            List<String> left = s3.listObjectsV2(r -> r.bucket("erase-plain")).contents().stream()
                    .map(S3Object::key).toList();
            assertThat(left).containsExactlyInAnyOrder("qa/" + NEIGHBOUR + "/reference.jpg", "qa/" + SESSION + ".csv",
                    SESSION + "/reference.jpg", outcome.receipt().bucketKey());
            JsonNode receipt = new ObjectMapper().readTree(s3.getObjectAsBytes(r -> r.bucket("erase-plain")
                    .key(outcome.receipt().bucketKey())).asByteArray());
            assertThat(receipt.get("sessions").get(0).asText()).isEqualTo(SESSION);
            assertThat(receipt.get("erasedCount").asInt()).isEqualTo(3);
            assertThat(receipt.get("who").asText()).isEqualTo(StsStandIn.ARN);
        }
    }
}
