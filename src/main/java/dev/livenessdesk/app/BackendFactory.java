package dev.livenessdesk.app;

import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClientOptions;
import dev.livenessdesk.aws.AwsProfileCatalog;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.sandbox.SandboxBackend;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the desktop app picks where sessions come from: AWS when the machine has any AWS credentials
 * set up, otherwise the offline sandbox (so a fresh machine can try the whole flow). {@code LIVENESS_DESK_SANDBOX=1}
 * or {@code -Dlivenessdesk.sandbox=true} asks for the sandbox anyway, for demos and training.
 */
final class BackendFactory {

    static final String SANDBOX_PROPERTY = "livenessdesk.sandbox";
    static final String SANDBOX_ENV = "LIVENESS_DESK_SANDBOX";

    /** Variables through which the SDK's default chain finds credentials without any profile file. */
    private static final List<String> CREDENTIAL_VARIABLES = List.of("AWS_ACCESS_KEY_ID", "AWS_PROFILE",
            "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
            "AWS_CONTAINER_CREDENTIALS_FULL_URI");

    private static final Logger LOG = LoggerFactory.getLogger(BackendFactory.class);

    private BackendFactory() {
    }

    static Backend create() {
        if (wantsSandbox(System.getenv(), System.getProperty(SANDBOX_PROPERTY)) || !awsSetupFound()) {
            LOG.info("Starting in the offline sandbox: nothing is sent to AWS");
            return new SandboxBackend();
        }
        return aws();
    }

    /** The bar's "Use AWS": whether this computer has AWS set up now (profiles are read again, files may be new). */
    static boolean awsSetupFound() {
        return hasAwsSetup(System.getenv(), new AwsProfileCatalog().profileNames());
    }

    static Backend aws() {
        return new AwsBackend(AwsClientOptions.defaults());
    }

    static Backend sandbox() {
        return new SandboxBackend();
    }

    static boolean wantsSandbox(Map<String, String> environment, String property) {
        return "true".equalsIgnoreCase(property) || "1".equals(environment.get(SANDBOX_ENV))
                || "true".equalsIgnoreCase(environment.get(SANDBOX_ENV));
    }

    /** Looks without calling anything: instance-role lookups would make a start-up on a laptop hang for seconds. */
    static boolean hasAwsSetup(Map<String, String> environment, List<String> profiles) {
        return !profiles.isEmpty() || CREDENTIAL_VARIABLES.stream()
                .map(environment::get).anyMatch(value -> value != null && !value.isBlank());
    }
}
