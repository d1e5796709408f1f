package dev.livenessdesk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAgentTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36|Chrome 120 on Windows 10/11",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1|Safari 17 on iOS 17",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36|Chrome 121 on Android 14",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91|Edge 120 on Windows 10/11",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:121.0) Gecko/20100101 Firefox/121.0|Firefox 121 on macOS 10.15",
        "aws-sdk-js/3.511.0 ua/2.0 os/Windows lang/js md/browser#Chrome_120 api/rekognitionstreaming#3.511.0|Chrome 120 on Windows, aws-sdk-js 3.511.0",
        "aws-sdk-java/2.31.0 Linux/5.10.205 OpenJDK_64-Bit_Server_VM/17.0.9|Linux, aws-sdk-java 2.31.0",
        "Boto3/1.34.0 md/Botocore#1.34.0 ua/2.0 os/linux#5.10 md/arch#x86_64 lang/python#3.11|Linux, Boto3 1.34.0",
        "aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64 prompt/off command/rekognition.create-face-liveness-session|Linux, aws-cli 2.15.0",
        "curl/8.4.0|curl/8.4.0"})
    void readsBrowserOsAndSdk(String agent, String summary) {
        assertThat(ClientAgent.read(agent).summary()).isEqualTo(summary);
    }

    @Test
    void anEmptyAgentReadsAsNothingKnownAndGroupsAsNoUserAgent() {
        ClientAgent none = ClientAgent.read(null);
        assertThat(none.summary()).isEmpty();
        assertThat(none.groupName()).isEqualTo("no user agent");
    }

    @Test
    void groupsLeaveVersionsOut() {
        assertThat(ClientAgent.read("Mozilla/5.0 (Windows NT 10.0) Chrome/120.0 Safari/537.36").groupName())
                .isEqualTo("Chrome / Windows 10/11");
        assertThat(ClientAgent.read("aws-sdk-java/2.31.0").groupName()).isEqualTo("aws-sdk-java");
    }
}
