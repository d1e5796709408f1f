package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which world the desktop app opens in: AWS when the machine has any AWS set-up, the offline sandbox otherwise. */
class BackendFactoryTest {

    @Test
    void aFreshMachineWithNoProfilesAndNoCredentialVariablesOpensInTheSandbox() {
        assertThat(BackendFactory.hasAwsSetup(Map.of("PATH", "/usr/bin"), List.of())).isFalse();
    }

    @Test
    void anyProfileOrCredentialVariableMeansAws() {
        assertThat(BackendFactory.hasAwsSetup(Map.of(), List.of("default"))).isTrue();
        assertThat(BackendFactory.hasAwsSetup(Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"), List.of())).isTrue();
        assertThat(BackendFactory.hasAwsSetup(Map.of("AWS_PROFILE", "qa"), List.of())).isTrue();
        assertThat(BackendFactory.hasAwsSetup(Map.of("AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/token"), List.of()))
                .isTrue();
        assertThat(BackendFactory.hasAwsSetup(Map.of("AWS_ACCESS_KEY_ID", " "), List.of())).isFalse();
    }

    @Test
    void theSandboxCanBeAskedForEvenWithAwsSetUp() {
        assertThat(BackendFactory.wantsSandbox(Map.of("LIVENESS_DESK_SANDBOX", "1"), null)).isTrue();
        assertThat(BackendFactory.wantsSandbox(Map.of("LIVENESS_DESK_SANDBOX", "true"), null)).isTrue();
        assertThat(BackendFactory.wantsSandbox(Map.of(), "true")).isTrue();
        assertThat(BackendFactory.wantsSandbox(Map.of("LIVENESS_DESK_SANDBOX", "0"), "false")).isFalse();
        assertThat(BackendFactory.wantsSandbox(Map.of(), null)).isFalse();
    }
}
