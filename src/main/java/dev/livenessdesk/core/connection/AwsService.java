package dev.livenessdesk.core.connection;

import java.net.URI;

/** A service the app calls, with the names the SDKs' shared endpoint settings give it. */
public enum AwsService {
    REKOGNITION("rekognition", "AWS_ENDPOINT_URL_REKOGNITION"),
    S3("s3", "AWS_ENDPOINT_URL_S3"),
    CLOUDTRAIL("cloudtrail", "AWS_ENDPOINT_URL_CLOUDTRAIL");

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
        return URI.create("https://" + key + "." + region + ".amazonaws.com");
    }
}
