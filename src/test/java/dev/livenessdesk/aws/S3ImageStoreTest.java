package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.PresignedLink;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.TestJpegs;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/** The S3 adapter over the real SDK against S3Mock: what the viewer pane will list, read and link to. */
class S3ImageStoreTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final String BUCKET = "liveness-out";
    private static final String PLAIN = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String NESTED = "1a2b3c4d-0000-4000-8000-000000000002";
    private static final String MARKER_ONLY = "1a2b3c4d-0000-4000-8000-000000000003";
    private static final String GLUED = "1a2b3c4d-0000-4000-8000-000000000005";
    private static final String AT_ROOT = "1a2b3c4d-0000-4000-8000-000000000007";

    private static AwsClients clients;
    private static ConnectionSettings connection;
    private static S3ImageStore store;
    private static byte[] reference;

    @BeforeAll
    static void seed() throws Exception {
        clients = S3TestConnection.clients();
        connection = S3TestConnection.settings(S3_MOCK.getHttpPort());
        store = new S3ImageStore(clients, connection);
        reference = TestJpegs.jpeg(320, 240, Color.BLUE, "reference");
        byte[] audit = TestJpegs.jpeg(320, 240, Color.GREEN, "audit");
        S3Seeder seeder = new S3Seeder(clients.s3(connection)).bucket(BUCKET);
        seeder.putJpeg(BUCKET, "liveness/" + PLAIN + "/reference.jpg", reference)
                .putJpeg(BUCKET, "liveness/" + PLAIN + "/audit_10.jpg", audit)
                .putJpeg(BUCKET, "liveness/" + PLAIN + "/audit_2.jpg", audit)
                .putJpeg(BUCKET, "liveness/" + PLAIN + "/audit_1.jpg", audit)
                .putText(BUCKET, "liveness/" + PLAIN + "/metadata.json", "{}")
                .putJpeg(BUCKET, "liveness/" + NESTED + "/AuditImages/0001.jpg", audit)
                .putJpeg(BUCKET, "liveness/" + NESTED + "/ReferenceImage/x.jpg", reference)
                .putText(BUCKET, "liveness/" + MARKER_ONLY + "/", "")
                .putText(BUCKET, "liveness/readme.txt", "not a session")
                .putText(BUCKET, "liveness/2024/notes.txt", "not a session either")
                .putJpeg(BUCKET, "run-" + GLUED + "/reference.jpg", reference)
                .putJpeg(BUCKET, AT_ROOT + "/reference.jpg", reference);
        List<String> many = new ArrayList<>();
        IntStream.range(0, 25).forEach(i -> {
            String id = String.format("2b000000-0000-4000-8000-%012d", i);
            many.add("many/" + id + "/reference.jpg");
            many.add("many/" + id + "/audit/1.jpg");
        });
        seeder.putAllParallel(BUCKET, many, new byte[] {1, 2, 3}, 4);
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void listsTheSessionFoldersUnderAPrefixAndSkipsUnrelatedFolders() throws Exception {
        Page<SessionFolder> page = store.sessions(BUCKET, "liveness/", Optional.empty(), 100);

        assertThat(page.items()).extracting(SessionFolder::sessionId)
                .containsExactlyInAnyOrder(PLAIN, NESTED, MARKER_ONLY);
        assertThat(page.items()).extracting(SessionFolder::folderPrefix).contains("liveness/" + PLAIN + "/");
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void sortsAPageNewestFirstWithTheFolderTimes() throws Exception {
        List<SessionFolder> items = store.sessions(BUCKET, "liveness/", Optional.empty(), 100).items();

        assertThat(items).allSatisfy(folder -> assertThat(folder.lastModified()).isPresent());
        List<Instant> times = items.stream().map(f -> f.lastModified().orElseThrow()).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void descendsIntoThePrefixFolderWhenThePrefixLacksItsSlash() throws Exception {
        Page<SessionFolder> page = store.sessions(BUCKET, "liveness", Optional.empty(), 100);

        assertThat(page.items()).extracting(SessionFolder::sessionId)
                .containsExactlyInAnyOrder(PLAIN, NESTED, MARKER_ONLY);
        assertThat(page.items()).extracting(SessionFolder::folderPrefix).allMatch(p -> p.startsWith("liveness/"));
    }

    @Test
    void findsSessionsGluedToThePrefixAndAtTheBucketRoot() throws Exception {
        assertThat(store.sessions(BUCKET, "run-", Optional.empty(), 10).items())
                .extracting(SessionFolder::folderPrefix).containsExactly("run-" + GLUED + "/");
        // At the root, a folder that ends in an id counts too: the user may not remember the prefix.
        assertThat(store.sessions(BUCKET, "", Optional.empty(), 10).items())
                .extracting(SessionFolder::folderPrefix)
                .containsExactlyInAnyOrder(AT_ROOT + "/", "run-" + GLUED + "/");
    }

    @Test
    void pagesThroughManySessionsWithASmallPageSize() throws Exception {
        Set<String> seen = new HashSet<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            Page<SessionFolder> page = store.sessions(BUCKET, "many/", token, 4);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            page.items().forEach(folder -> assertThat(seen.add(folder.sessionId())).isTrue());
            token = page.nextToken();
            pages++;
        } while (token.isPresent());

        assertThat(seen).hasSize(25);
        assertThat(pages).isEqualTo(7);
    }

    @Test
    void pagesWhenThePrefixLacksItsSlash() throws Exception {
        Page<SessionFolder> first = store.sessions(BUCKET, "many", Optional.empty(), 10);
        Page<SessionFolder> second = store.sessions(BUCKET, "many", first.nextToken(), 10);

        assertThat(first.items()).hasSize(10);
        assertThat(second.items()).hasSize(10)
                .extracting(SessionFolder::sessionId).doesNotContainAnyElementsOf(
                        first.items().stream().map(SessionFolder::sessionId).toList());
    }

    @Test
    void listsOneSessionsImagesReferenceFirstThenAuditsInNaturalOrderThenOthers() throws Exception {
        List<StoredImage> images = store.imagesOf(BUCKET, "liveness/", PLAIN);

        assertThat(images).extracting(StoredImage::label)
                .containsExactly("Reference", "Audit 1", "Audit 2", "Audit 3", "Other");
        assertThat(images).extracting(image -> image.location().key()).containsExactly(
                "liveness/" + PLAIN + "/reference.jpg", "liveness/" + PLAIN + "/audit_1.jpg",
                "liveness/" + PLAIN + "/audit_2.jpg", "liveness/" + PLAIN + "/audit_10.jpg",
                "liveness/" + PLAIN + "/metadata.json");
        assertThat(images.get(0).sizeBytes()).isEqualTo(reference.length);
        assertThat(images.get(0).lastModified()).isNotNull();
    }

    @Test
    void findsANestedLayoutWhateverTheSlashAfterThePrefix() throws Exception {
        List<StoredImage> images = store.imagesOf(BUCKET, "liveness", NESTED);

        assertThat(images).extracting(StoredImage::kind).containsExactly(ImageKind.REFERENCE, ImageKind.AUDIT);
        assertThat(images.get(0).location().key()).isEqualTo("liveness/" + NESTED + "/ReferenceImage/x.jpg");
    }

    @Test
    void aSessionWithoutObjectsHasNoImages() throws Exception {
        assertThat(store.imagesOf(BUCKET, "liveness/", MARKER_ONLY)).isEmpty();
        assertThat(store.imagesOf(BUCKET, "liveness/", "99999999-0000-4000-8000-000000000000")).isEmpty();
    }

    @Test
    void readsAnImageIntoMemory() throws Exception {
        byte[] bytes = store.read(new S3Location(BUCKET, "liveness/" + PLAIN + "/reference.jpg"));

        assertThat(bytes).isEqualTo(reference);
        assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).isEqualTo(320);
    }

    @Test
    void refusesAnObjectAboveTheSizeCap() {
        S3ImageStore small = new S3ImageStore(clients, connection, new S3ImageStore.Options(1000));

        assertThatThrownBy(() -> small.read(new S3Location(BUCKET, "liveness/" + PLAIN + "/reference.jpg")))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.error().message()).contains("reference.jpg").contains("up to"));
    }

    @Test
    void presignsAUrlThatWorksAndSaysWhenItExpires() throws Exception {
        Instant before = Instant.now();
        PresignedLink link = store.presign(new S3Location(BUCKET, "liveness/" + PLAIN + "/reference.jpg"),
                Duration.ofMinutes(15));

        assertThat(link.url().toString()).contains("X-Amz-Expires=900").contains("reference.jpg");
        assertThat(link.expiresAt()).isBetween(before.plusSeconds(899), Instant.now().plusSeconds(901));
        assertThat(link.shortenedByCredentials()).isFalse();
        HttpURLConnection http = (HttpURLConnection) link.url().toURL().openConnection();
        try (InputStream body = http.getInputStream()) {
            assertThat(body.readAllBytes()).isEqualTo(reference);
        }
    }

    @Test
    void presignsAtMostSevenDays() throws Exception {
        PresignedLink link = store.presign(new S3Location(BUCKET, "x.jpg"), Duration.ofDays(30));

        assertThat(link.url().toString()).contains("X-Amz-Expires=604800");
    }

    @Test
    void aLinkSignedWithTemporaryCredentialsEndsWhenTheyDo() throws Exception {
        Instant credentialsEnd = Instant.now().plus(Duration.ofMinutes(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        AwsSessionCredentials temporary = AwsSessionCredentials.builder().accessKeyId("ASIATEST")
                .secretAccessKey("secret").sessionToken("token").expirationTime(credentialsEnd).build();
        try (AwsClients temporaryClients = new AwsClients(AwsClientOptions.defaults()
                .withCredentials(StaticCredentialsProvider.create(temporary))
                .withRetryStrategy(AwsRetryStrategy.doNotRetry()))) {
            PresignedLink link = new S3ImageStore(temporaryClients, connection)
                    .presign(new S3Location(BUCKET, "x.jpg"), Duration.ofHours(12));

            assertThat(link.expiresAt()).isEqualTo(credentialsEnd);
            assertThat(link.shortenedByCredentials()).isTrue();
        }
    }

    @Test
    void aMissingBucketIsNamed() {
        assertThatThrownBy(() -> store.sessions("no-such-bucket", "liveness/", Optional.empty(), 10))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(ErrorKind.NO_SUCH_BUCKET);
                    assertThat(e.error().message()).contains("no-such-bucket");
                    assertThat(e.error().code()).isEqualTo("NoSuchBucket");
                });
    }

    @Test
    void aMissingObjectIsNotFound() {
        assertThatThrownBy(() -> store.read(new S3Location(BUCKET, "liveness/" + PLAIN + "/gone.jpg")))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.error().message()).contains("gone.jpg");
                });
    }
}
