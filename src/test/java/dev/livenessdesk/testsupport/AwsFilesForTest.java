package dev.livenessdesk.testsupport;

import java.nio.file.Path;

/**
 * Points the SDK's profile support at a test's own config and credentials files (the system properties win over
 * AWS_CONFIG_FILE and the user's home), and puts the properties back as they were found when closed.
 */
public final class AwsFilesForTest implements AutoCloseable {

    private static final String CREDENTIALS = "aws.sharedCredentialsFile";
    private static final String CONFIG = "aws.configFile";

    private final String credentialsBefore = System.getProperty(CREDENTIALS);
    private final String configBefore = System.getProperty(CONFIG);

    private AwsFilesForTest(Path credentials, Path config) {
        System.setProperty(CREDENTIALS, credentials.toString());
        System.setProperty(CONFIG, config.toString());
    }

    public static AwsFilesForTest use(Path credentials, Path config) {
        return new AwsFilesForTest(credentials, config);
    }

    @Override
    public void close() {
        putBack(CREDENTIALS, credentialsBefore);
        putBack(CONFIG, configBefore);
    }

    private static void putBack(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
