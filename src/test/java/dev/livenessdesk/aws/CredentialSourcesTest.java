package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.profiles.ProfileFile;

/** Where each kind of profile gets its credentials, in the words the connection bar shows. */
class CredentialSourcesTest {

    @TempDir
    Path home;
    private CredentialSources sources;

    @BeforeEach
    void writeProfiles() throws IOException {
        Path config = Files.writeString(home.resolve("config"), """
                [profile sso-dev]
                sso_session = desk
                [sso-session desk]
                sso_start_url = https://example.awsapps.com/start
                sso_region = us-east-1
                [profile legacy]
                sso_start_url = https://legacy.awsapps.com/start
                [profile role]
                role_arn = arn:aws:iam::123456789012:role/Liveness
                source_profile = keys
                [profile ec2]
                role_arn = arn:aws:iam::123456789012:role/Liveness
                credential_source = Ec2InstanceMetadata
                [profile process]
                credential_process = /usr/local/bin/get-creds
                """);
        Path credentials = Files.writeString(home.resolve("credentials"), """
                [keys]
                aws_access_key_id = AKIDEXAMPLE
                aws_secret_access_key = secret
                [temporary]
                aws_access_key_id = ASIAEXAMPLE
                aws_secret_access_key = secret
                aws_session_token = token
                """);
        sources = new CredentialSources(() -> ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(config).type(ProfileFile.Type.CONFIGURATION).build())
                .addFile(ProfileFile.builder().content(credentials).type(ProfileFile.Type.CREDENTIALS).build())
                .build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sso-dev   | profile sso-dev: IAM Identity Center
            legacy    | profile legacy: IAM Identity Center
            role      | profile role: role Liveness through profile keys
            ec2       | profile ec2: role Liveness through Ec2InstanceMetadata
            process   | profile process: a credential process
            keys      | profile keys: access keys
            temporary | profile temporary: temporary access keys
            missing   | profile missing: credentials as the SDK finds them
            """)
    void describesEachKindOfProfile(String profile, String words) {
        assertThat(sources.describe(ConnectionSettings.of(profile, "us-east-1"))).isEqualTo(words);
    }

    @org.junit.jupiter.api.Test
    void noProfileMeansTheDefaultChain() {
        assertThat(sources.describe(ConnectionSettings.of(null, "us-east-1"))).contains("default credential chain");
    }
}
