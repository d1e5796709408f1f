package dev.livenessdesk.core.connection;

import java.net.URI;

/** A service the app calls, with the names the SDKs' shared endpoint settings give it. */
public enum AwsService {
    REKOGNITION("rekognition", "AWS_ENDPOINT_URL_REKOGNITION"),
    S3("s3", "AWS_ENDPOINT_URL_S3"),
    CLOUDTRAIL("cloudtrail", "AWS_ENDPOINT_URL_CLOUDTRAIL"),
    /** The Activity tab's Athena route: a trail kept in S3, queried where it lies. */
    ATHENA("athena", "AWS_ENDPOINT_URL_ATHENA"),
    /** Who am I, and the check page's short-lived credentials. */
    STS("sts", "AWS_ENDPOINT_URL_STS"),
    /** The setup check's policy simulation; one global endpoint per partition. */
    IAM("iam", "AWS_ENDPOINT_URL_IAM"),
    /** The setup check's look at a bucket's KMS key. */
    KMS("kms", "AWS_ENDPOINT_URL_KMS");

    private final String key;
    private final String variable;

    AwsService(String key, String variable) {
        this.key = key;
        this.variable = variable;
    }

    /** The service's key in a profile's {@code services} section: {@code rekognition}, {@code s3}. */
    public String key() {
        return key;
    }

    /** The service's own environment variable, which wins over {@code AWS_ENDPOINT_URL}. */
    public String variable() {
        return variable;
    }

    /** The public regional endpoint the SDK uses when nothing else is configured. */
    public URI publicEndpoint(String region) {
        if (this == IAM) {
            return URI.create("https://iam.amazonaws.com");
        }
        return URI.create("https://" + key + "." + region + ".amazonaws.com");
    }
}
