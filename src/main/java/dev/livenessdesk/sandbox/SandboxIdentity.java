package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import java.util.Optional;

/** The sandbox's caller: no account, no credentials, labelled so that no one reads it as a real AWS identity. */
final class SandboxIdentity implements IdentityService {

    static final String ACCOUNT = "sandbox";
    static final String ARN = "arn:sandbox:offline::sandbox:user/nothing-is-sent-to-aws";

    @Override
    public CallerIdentity whoAmI(ConnectionSettings connection) {
        return new CallerIdentity(ACCOUNT, ARN, "sandbox", Optional.empty(),
                SandboxMessages.get("sandbox.identity.source"));
    }
}
