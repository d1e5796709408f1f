package dev.livenessdesk.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.images.SessionKeyLayout.ListedObject;
import dev.livenessdesk.core.images.SessionKeyLayout.SessionKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which session and role a key has, whatever layout Rekognition (or a person) used under the prefix. */
class SessionKeyLayoutTest {

    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String UPPER = ID.toUpperCase(java.util.Locale.ROOT);

    static Stream<Arguments> keys() {
        return Stream.of(
                // prefix, key, session id (null: not a session key), folder, kind
                Arguments.of("liveness/", "liveness/" + ID + "/reference.jpg", ID, "liveness/" + ID + "/",
                        ImageKind.REFERENCE),
                Arguments.of("liveness", "liveness/" + ID + "/reference.jpg", ID, "liveness/" + ID + "/",
                        ImageKind.REFERENCE),
                Arguments.of("", ID + "/reference.jpg", ID, ID + "/", ImageKind.REFERENCE),
                Arguments.of("run-", "run-" + ID + "/reference.jpg", ID, "run-" + ID + "/", ImageKind.REFERENCE),
                Arguments.of("liveness", "liveness/" + ID + "/audit_images/1.jpg", ID, "liveness/" + ID + "/",
                        ImageKind.AUDIT),
                Arguments.of("liveness", "liveness/" + ID + "/ReferenceImage/x.jpg", ID, "liveness/" + ID + "/",
                        ImageKind.REFERENCE),
                Arguments.of("liveness/", "liveness/" + ID + "/AuditImages/0001.jpg", ID, "liveness/" + ID + "/",
                        ImageKind.AUDIT),
                Arguments.of("liveness/", "liveness/" + ID + "/metadata.json", ID, "liveness/" + ID + "/",
                        ImageKind.OTHER),
                Arguments.of("liveness/", "liveness/" + UPPER + "/reference.jpg", ID, "liveness/" + UPPER + "/",
                        ImageKind.REFERENCE),
                Arguments.of("", "a/b/" + ID + "/audit/2.jpg", ID, "a/b/" + ID + "/", ImageKind.AUDIT),
                Arguments.of("liveness/", "liveness/readme.txt", null, null, null),
                Arguments.of("liveness/", "liveness/2024/notes.txt", null, null, null),
                Arguments.of("liveness/", "other/" + ID + "/reference.jpg", null, null, null),
                Arguments.of("liveness/", "liveness/" + ID + ".jpg", null, null, null),
                Arguments.of("liveness/", "liveness/" + ID.substring(1) + "/reference.jpg", null, null, null),
                // An id-shaped prefix is the prefix, not the session.
                Arguments.of(ID + "/", ID + "/" + "1a2b3c4d-0000-4000-8000-000000000002/reference.jpg",
                        "1a2b3c4d-0000-4000-8000-000000000002",
                        ID + "/1a2b3c4d-0000-4000-8000-000000000002/", ImageKind.REFERENCE));
    }

    @ParameterizedTest(name = "[{index}] prefix ''{0}'' key ''{1}''")
    @MethodSource("keys")
    void findsTheSessionAndRoleOfAKey(String prefix, String key, String sessionId, String folder, ImageKind kind) {
        Optional<SessionKey> parsed = SessionKeyLayout.parse(prefix, key);

        if (sessionId == null) {
            assertThat(parsed).isEmpty();
            return;
        }
        assertThat(parsed).isPresent();
        assertThat(parsed.get().sessionId()).isEqualTo(sessionId);
        assertThat(parsed.get().folderPrefix()).isEqualTo(folder);
        assertThat(SessionKeyLayout.kindOf(parsed.get().rest())).isEqualTo(kind);
    }

    @Test
    void ordersReferenceThenAuditsNaturallyThenOthersAndDropsFolderMarkers() {
        String folder = "p/" + ID + "/";
        List<ListedObject> listed = Stream.of("audit_10.jpg", "notes.txt", "audit_2.jpg", "", "Reference.JPG",
                        "audit_1.jpg")
                .map(name -> new ListedObject(folder + name, 10, Instant.EPOCH)).toList();

        List<StoredImage> images = SessionKeyLayout.toImages("b", "p/", ID, listed);

        assertThat(images).extracting(StoredImage::label)
                .containsExactly("Reference", "Audit 1", "Audit 2", "Audit 3", "Other");
        assertThat(images).extracting(image -> image.location().key()).containsExactly(folder + "Reference.JPG",
                folder + "audit_1.jpg", folder + "audit_2.jpg", folder + "audit_10.jpg", folder + "notes.txt");
    }

    @Test
    void zeroPaddedAuditNumbersKeepTheirOrder() {
        String folder = "p/" + ID + "/AuditImages/";
        List<ListedObject> listed = Stream.of("0010.jpg", "0002.jpg", "0001.jpg")
                .map(name -> new ListedObject(folder + name, 10, Instant.EPOCH)).toList();

        assertThat(SessionKeyLayout.toImages("b", "p", ID, listed)).extracting(image -> image.location().key())
                .containsExactly(folder + "0001.jpg", folder + "0002.jpg", folder + "0010.jpg");
    }

    @Test
    void objectsOfAnotherSessionAreLeftOut() {
        List<ListedObject> listed = List.of(
                new ListedObject("p/" + ID + "/reference.jpg", 1, Instant.EPOCH),
                new ListedObject("p/1a2b3c4d-0000-4000-8000-000000000002/reference.jpg", 1, Instant.EPOCH));

        assertThat(SessionKeyLayout.toImages("b", "p/", ID, listed)).hasSize(1);
    }
}
