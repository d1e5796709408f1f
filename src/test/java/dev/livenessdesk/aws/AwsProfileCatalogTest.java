package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profiles a user picks from, read by the SDK from temporary AWS files. */
class AwsProfileCatalogTest {

    private static final List<String> PROPERTIES = List.of("aws.configFile", "aws.sharedCredentialsFile",
            "aws.profile", "aws.region");
    private static final String CONFIG = """
            [default]
            region = us-east-1

            [profile sso-dev]
            sso_session = desk
            sso_account_id = 123456789012
            sso_role_name = LivenessTester
            region = eu-west-1

            [sso-session desk]
            sso_start_url = https://example.awsapps.com/start
            sso_region = us-east-1

            [profile role]
            role_arn = arn:aws:iam::123456789012:role/Liveness
            source_profile = keys
            region = ap-northeast-1
            """;
    private static final String CREDENTIALS = """
            [keys]
            aws_access_key_id = AKIDEXAMPLE
            aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY
            """;

    @TempDir
    Path home;
    private final Map<String, String> saved = new HashMap<>();
    private Path config;
    private Path credentials;
    private final AwsProfileCatalog catalog = new AwsProfileCatalog();

    @BeforeEach
    void pointTheSdkAtTemporaryFiles() throws IOException {
        PROPERTIES.forEach(name -> saved.put(name, System.getProperty(name)));
        System.clearProperty("aws.profile");
        System.clearProperty("aws.region");
        config = Files.writeString(home.resolve("config"), CONFIG);
        credentials = Files.writeString(home.resolve("credentials"), CREDENTIALS);
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    }

    @AfterEach
    void restoreProperties() {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void listsProfilesOfBothFilesDefaultFirst() {
        assertThat(catalog.profileNames()).containsExactly("default", "keys", "role", "sso-dev");
    }

    @Test
    void knowsTheRegionOfEachProfile() {
        assertThat(catalog.regionOf("default")).hasValue("us-east-1");
        assertThat(catalog.regionOf("sso-dev")).hasValue("eu-west-1");
        assertThat(catalog.regionOf("role")).hasValue("ap-northeast-1");
        assertThat(catalog.regionOf("keys")).isEmpty();
        assertThat(catalog.regionOf("missing")).isEmpty();
    }

    @Test
    void seesAProfileAddedWhileTheAppRuns() throws IOException {
        assertThat(catalog.profileNames()).doesNotContain("late");

        Files.writeString(config, CONFIG + "\n[profile late]\nregion = sa-east-1\n");

        assertThat(catalog.profileNames()).contains("late");
        assertThat(catalog.regionOf("late")).hasValue("sa-east-1");
    }

    @Test
    void aMalformedFileShowsNoProfilesInsteadOfFailing() throws IOException {
        Files.writeString(config, "[profile broken\nregion = us-east-1\n");

        assertThat(catalog.profileNames()).isEmpty();
        assertThat(catalog.regionOf("broken")).isEmpty();
    }

    @Test
    void missingFilesShowNoProfiles() {
        System.setProperty("aws.configFile", home.resolve("absent-config").toString());
        System.setProperty("aws.sharedCredentialsFile", home.resolve("absent-credentials").toString());

        assertThat(catalog.profileNames()).isEmpty();
    }

    @Test
    void theActiveProfileIsTheOneTheEnvironmentSelects() {
        System.setProperty("aws.profile", "sso-dev");

        assertThat(catalog.activeProfileName()).isEqualTo("sso-dev");
    }

    @Test
    void withoutASelectionTheActiveProfileIsDefault() {
        assumeTrue(System.getenv("AWS_PROFILE") == null, "AWS_PROFILE is set in this environment");

        assertThat(catalog.activeProfileName()).isEqualTo("default");
    }

    @Test
    void theEnvironmentRegionComesFromTheSdkSetting() {
        System.setProperty("aws.region", "eu-west-1");

        assertThat(catalog.environmentRegion()).hasValue("eu-west-1");
    }

    @Test
    void withoutARegionSettingThereIsNoEnvironmentRegion() {
        assumeTrue(System.getenv("AWS_REGION") == null, "AWS_REGION is set in this environment");

        assertThat(catalog.environmentRegion()).isEmpty();
    }
}
