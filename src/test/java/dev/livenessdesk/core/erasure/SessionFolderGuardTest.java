package dev.livenessdesk.core.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for what may be deleted, key by key: only inside a chosen, well-formed session folder. */
class SessionFolderGuardTest {

    private static final String CHOSEN = "0a1b2c3d-1111-4222-8333-444455556666";
    private static final String OTHER = "9f8e7d6c-1111-4222-8333-444455556666";

    @ParameterizedTest(name = "prefix ''{0}'', key ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "liveness/ | liveness/0a1b2c3d-1111-4222-8333-444455556666/reference.jpg | true",
        "liveness/ | liveness/0a1b2c3d-1111-4222-8333-444455556666/audit/1.jpg   | true",
        "liveness/ | liveness/0a1b2c3d-1111-4222-8333-444455556666/liveness-desk-record.json | true",
        "liveness  | liveness0a1b2c3d-1111-4222-8333-444455556666/reference.jpg | true",
        "liveness  | liveness/0a1b2c3d-1111-4222-8333-444455556666/reference.jpg | true",
        "''        | 0a1b2c3d-1111-4222-8333-444455556666/reference.jpg | true",
        "/         | 0a1b2c3d-1111-4222-8333-444455556666/reference.jpg | true",
        // the folder itself without a slash, an id with more after it, an uppercase id, a broken id
        "liveness/ | liveness/0a1b2c3d-1111-4222-8333-444455556666 | false",
        "liveness/ | liveness/0a1b2c3d-1111-4222-8333-444455556666x/reference.jpg | false",
        "liveness/ | liveness/0A1B2C3D-1111-4222-8333-444455556666/reference.jpg | false",
        "liveness/ | liveness/0a1b2c3d-1111-4222-8333-44445555666/reference.jpg | false",
        // another session, another prefix, a session deeper down, the receipts' folder, a look-alike prefix
        "liveness/ | liveness/9f8e7d6c-1111-4222-8333-444455556666/reference.jpg | false",
        "liveness/ | other/0a1b2c3d-1111-4222-8333-444455556666/reference.jpg | false",
        "liveness/ | liveness/archive/0a1b2c3d-1111-4222-8333-444455556666/reference.jpg | false",
        "''        | liveness-desk-erasures/2026-01-01T00-00-00Z-x.json | false",
        "''        | keep/0a1b2c3d-1111-4222-8333-444455556666/reference.jpg | false",
        "liveness/ | liveness//0a1b2c3d-1111-4222-8333-444455556666/reference.jpg | false",
    })
    void deletesOnlyInsideAChosenWellFormedSessionFolder(String prefix, String key, boolean allowed) {
        SessionFolderGuard guard = new SessionFolderGuard(prefix.equals("''") ? "" : prefix, List.of(CHOSEN));

        assertThat(guard.refusal(key).isEmpty()).isEqualTo(allowed);
    }

    @org.junit.jupiter.api.Test
    void aSessionNotChosenIsNamedInTheRefusal() {
        SessionFolderGuard guard = new SessionFolderGuard("liveness/", List.of(CHOSEN));

        assertThat(guard.refusal("liveness/" + OTHER + "/reference.jpg"))
                .hasValueSatisfying(why -> assertThat(why).contains(OTHER).contains("not chosen"));
        assertThat(SessionFolderGuard.sessionOf("liveness/", "liveness/" + OTHER + "/a.jpg")).isEqualTo(Optional.of(OTHER));
    }

    @org.junit.jupiter.api.Test
    void anEmptyOrSlashPrefixIsTheWholeBucket() {
        assertThat(SessionFolderGuard.isWholeBucket("")).isTrue();
        assertThat(SessionFolderGuard.isWholeBucket("/")).isTrue();
        assertThat(SessionFolderGuard.isWholeBucket("liveness/")).isFalse();
        assertThat(SessionFolderGuard.foldersOf("liveness", CHOSEN))
                .containsExactly("liveness" + CHOSEN + "/", "liveness/" + CHOSEN + "/");
    }
}
