package dev.livenessdesk.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the app looks for the AWS folder, by each OS's rules (the SDK's and the CLI's order). */
class UserHomeTest {

    @Test
    void windowsUsesUserProfileSoTheAwsFolderIsUserProfileDotAws() {
        assertThat(UserHome.forAws(Map.of("USERPROFILE", "C:\\Users\\ana", "HOMEDRIVE", "D:", "HOMEPATH", "\\x"),
                "Windows 11", "C:\\fallback")).isEqualTo("C:\\Users\\ana");
        assertThat(UserHome.forAws(Map.of("HOMEDRIVE", "D:", "HOMEPATH", "\\Users\\ana"), "Windows 10",
                "C:\\fallback")).isEqualTo("D:\\Users\\ana");
        assertThat(UserHome.forAws(Map.of(), "Windows 11", "C:\\Users\\jvm")).isEqualTo("C:\\Users\\jvm");
    }

    @Test
    void homeWinsEverywhereAndUserProfileMeansNothingOutsideWindows() {
        assertThat(UserHome.forAws(Map.of("HOME", "C:\\msys\\ana", "USERPROFILE", "C:\\Users\\ana"), "Windows 11",
                "C:\\Users\\jvm")).isEqualTo("C:\\msys\\ana");
        assertThat(UserHome.forAws(Map.of("USERPROFILE", "/wrong"), "Mac OS X", "/Users/ana")).isEqualTo("/Users/ana");
        assertThat(UserHome.forAws(Map.of("HOME", "/home/ana"), "Linux", "/root")).isEqualTo("/home/ana");
    }

    @Test
    void messagesNameTheAwsFilesAsEachOsWritesThem() {
        assertThat(UserHome.awsFileShown("config", Map.of(), "Windows 11")).isEqualTo("%USERPROFILE%\\.aws\\config");
        assertThat(UserHome.awsFileShown("credentials", Map.of(), "Windows 10"))
                .isEqualTo("%USERPROFILE%\\.aws\\credentials");
        assertThat(UserHome.awsFileShown("config", Map.of(), "Mac OS X")).isEqualTo("~/.aws/config");
        assertThat(UserHome.awsFileShown("credentials", Map.of(), "Linux")).isEqualTo("~/.aws/credentials");
    }

    @Test
    void aFileTheSdkIsToldToReadInsteadIsNamedAsGiven() {
        Map<String, String> moved = Map.of("AWS_CONFIG_FILE", "D:\\aws\\team-config",
                "AWS_SHARED_CREDENTIALS_FILE", "/srv/aws/credentials");
        assertThat(UserHome.awsFileShown("config", moved, "Windows 11")).isEqualTo("D:\\aws\\team-config");
        assertThat(UserHome.awsFileShown("credentials", moved, "Linux")).isEqualTo("/srv/aws/credentials");
    }
}
