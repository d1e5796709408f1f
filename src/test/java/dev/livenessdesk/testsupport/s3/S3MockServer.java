package dev.livenessdesk.testsupport.s3;

import com.adobe.testing.s3mock.S3MockApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** S3Mock outside JUnit, for the demo and the benchmark: random HTTP port, a throw-away root folder. */
public final class S3MockServer implements AutoCloseable {

    private final S3MockApplication application;

    private S3MockServer(S3MockApplication application) {
        this.application = application;
    }

    public static S3MockServer start() throws Exception {
        Path root = Files.createTempDirectory("s3mock-");
        S3MockApplication app = S3MockApplication.start(Map.of(
                S3MockApplication.PROP_HTTPS_PORT, "0",
                S3MockApplication.PROP_HTTP_PORT, "0",
                S3MockApplication.PROP_ROOT_DIRECTORY, root.toString(),
                S3MockApplication.PROP_SILENT, true,
                "logging.level.root", "WARN"));
        return new S3MockServer(app);
    }

    public int httpPort() {
        return application.getHttpPort();
    }

    @Override
    public void close() {
        application.stop();
    }
}
