package dev.livenessdesk.app;

import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClientOptions;
import dev.livenessdesk.core.Backend;

/** The one place the desktop app picks where sessions come from. */
final class BackendFactory {

    private BackendFactory() {
    }

    static Backend create() {
        return new AwsBackend(AwsClientOptions.defaults());
    }
}
