package dev.livenessdesk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonPreferencesStoreTest {

    @TempDir
    Path dataDir;

    private Path file() {
        return dataDir.resolve("preferences.json");
    }

    @Test
    void whatIsSavedIsWhatTheNextRunReads() {
        new JsonPreferencesStore(file()).update(p -> p.withForm("dev", "eu-west-1", "liveness-images", "desk/", 2)
                .withWindow(new WindowBounds(40, 60, 1200, 800, true)).withPassMark(90)
                .withHandOffTemplate("https://liveness.example.com/check?sessionId={sessionId}"));

        UserPreferences read = new JsonPreferencesStore(file()).current();

        assertThat(read).isEqualTo(new UserPreferences(new WindowBounds(40, 60, 1200, 800, true), "dev",
                "eu-west-1", "liveness-images", "desk/", 2, 90, "https://liveness.example.com/check?sessionId={sessionId}"));
        assertThat(read.windowBounds()).isPresent();
        assertThat(read.passMarkOrDefault()).isEqualTo(90);
        assertThat(UserPreferences.defaults().passMarkOrDefault()).isEqualTo(80);
    }

    @Test
    void theWindowAndTheFormUpdateTheirOwnParts() {
        JsonPreferencesStore store = new JsonPreferencesStore(file());
        store.update(p -> p.withForm("dev", "eu-west-1", "b-one", "", 0));
        store.update(p -> p.withWindow(new WindowBounds(0, 0, 900, 600, false)));

        UserPreferences read = new JsonPreferencesStore(file()).current();
        assertThat(read.bucket()).isEqualTo("b-one");
        assertThat(read.window().width()).isEqualTo(900);
    }

    @Test
    void eachBucketsSharingAnswerIsKeptAndTheOtherChangesCarryIt() {
        JsonPreferencesStore store = new JsonPreferencesStore(file());
        store.update(p -> p.withRecordSharing("team-share", true));
        store.update(p -> p.withRecordSharing("private-tests", false));
        store.update(p -> p.withForm("dev", "eu-west-1", "team-share", "qa/", 1).withPassMark(85)
                .withWindow(new WindowBounds(0, 0, 900, 600, false)).withHandOffTemplate("x"));

        UserPreferences read = new JsonPreferencesStore(file()).current();
        assertThat(read.recordSharingIn("team-share")).contains(true);
        assertThat(read.recordSharingIn("private-tests")).contains(false);
        assertThat(read.recordSharingIn("never-asked")).isEmpty();
    }

    @Test
    void aHandEditedSharingAnswerWithoutAValueIsNotAskedYetAndTheRestIsKept() throws IOException {
        Files.writeString(file(), "{\"bucket\": \"team-share\", \"recordSharing\": {\"team-share\": null, "
                + "\"other\": true}}");

        UserPreferences read = new JsonPreferencesStore(file()).current();

        assertThat(read.bucket()).isEqualTo("team-share");
        assertThat(read.recordSharingIn("team-share")).isEmpty();
        assertThat(read.recordSharingIn("other")).contains(true);
    }

    @Test
    void noFileMeansDefaults() {
        UserPreferences read = new JsonPreferencesStore(dataDir.resolve("missing/preferences.json")).current();

        assertThat(read).isEqualTo(UserPreferences.defaults());
        assertThat(read.windowBounds()).isEmpty();
        assertThat(read.rememberedRegion()).isEmpty();
    }

    @Test
    void aCorruptFileMeansDefaultsAndIsReplacedOnTheNextSave() throws IOException {
        Files.writeString(file(), "{\"region\": \"eu-west-1\", \"bucket\": ");
        JsonPreferencesStore store = new JsonPreferencesStore(file());

        assertThat(store.current()).isEqualTo(UserPreferences.defaults());

        store.update(p -> p.withForm("", "us-west-2", "", "", 0));
        assertThat(new JsonPreferencesStore(file()).current().region()).isEqualTo("us-west-2");
    }

    @Test
    void fieldsFromANewerVersionAreIgnored() throws IOException {
        Files.writeString(file(), "{\"region\":\"sa-east-1\",\"theme\":\"dark\",\"window\":{\"x\":1,\"y\":2,"
                + "\"width\":0,\"height\":0,\"maximized\":false,\"screen\":3}}");

        UserPreferences read = new JsonPreferencesStore(file()).current();

        assertThat(read.region()).isEqualTo("sa-east-1");
        assertThat(read.windowBounds()).as("a zero-sized window is not restored").isEmpty();
    }

    @Test
    void aSaveReplacesTheWholeFileAndLeavesNoTemporaryFileBehind() throws IOException {
        JsonPreferencesStore store = new JsonPreferencesStore(file());
        store.update(p -> p.withForm("a-very-long-profile-name", "eu-west-1", "a-very-long-bucket-name-indeed",
                "a/long/prefix/", 4));
        store.update(p -> p.withForm("", "us-east-1", "", "", 0));

        assertThat(new JsonPreferencesStore(file()).current().bucket()).isEmpty();
        assertThat(Files.readString(file())).doesNotContain("long");
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("preferences.json");
        }
    }

    @Test
    void savesIntoAFolderThatDoesNotExistYet() {
        Path nested = dataDir.resolve("first/run/preferences.json");

        new JsonPreferencesStore(nested).update(p -> p.withForm("", "ap-south-1", "", "", 1));

        assertThat(Files.exists(nested)).isTrue();
        assertThat(new JsonPreferencesStore(nested).current().auditImagesLimit()).isEqualTo(1);
    }

    @Test
    void aFailedSaveKeepsThePreviousFile() throws IOException {
        JsonPreferencesStore store = new JsonPreferencesStore(file());
        store.update(p -> p.withForm("", "eu-west-1", "kept", "", 0));
        // A directory where the temporary file's move would land makes the save fail, as a full disk would.
        Path blocked = dataDir.resolve("blocked");
        Files.createDirectories(blocked.resolve("preferences.json/child"));
        JsonPreferencesStore failing = new JsonPreferencesStore(blocked.resolve("preferences.json"));

        failing.update(p -> p.withForm("", "us-west-2", "new", "", 0));

        assertThat(new JsonPreferencesStore(file()).current().bucket()).isEqualTo("kept");
        try (Stream<Path> files = Files.list(blocked)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("preferences.json");
        }
        assertThat(failing.current().bucket()).as("the running app keeps the choice in memory").isEqualTo("new");
    }
}
