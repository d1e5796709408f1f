package dev.livenessdesk.app;

import dev.livenessdesk.core.Backend;

/** The one place the desktop app picks where sessions come from. */
final class BackendFactory {

    private BackendFactory() {
    }

    static Backend create() {
        // TODO(merge aws-rekognition): return new dev.livenessdesk.aws.AwsBackend(dev.livenessdesk.aws.AwsClientOptions.defaults());
        return new NotConnectedBackend();
    }
}
