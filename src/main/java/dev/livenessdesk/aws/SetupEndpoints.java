package dev.livenessdesk.aws;

import java.net.URI;
import java.util.Optional;

/**
 * Where the setup check sends its STS, IAM and KMS calls. Empty means the SDK's choice, which honours
 * AWS_ENDPOINT_URL_STS / _IAM / _KMS and a profile's endpoint_url; tests point them at local stand-ins.
 */
public record SetupEndpoints(Optional<URI> sts, Optional<URI> iam, Optional<URI> kms) {

    public SetupEndpoints {
        sts = sts == null ? Optional.empty() : sts;
        iam = iam == null ? Optional.empty() : iam;
        kms = kms == null ? Optional.empty() : kms;
    }

    public static SetupEndpoints sdkDefaults() {
        return new SetupEndpoints(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
