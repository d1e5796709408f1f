package dev.livenessdesk.testsupport.s3;

import com.adobe.testing.s3mock.S3MockApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** S3Mock outside JUnit, for the demo and the benchmark: random HTTP port, a throw-away root folder. */
public final class S3MockServer implements AutoCloseable {

    private final S3MockApplication application;

    private final Path root;

    private S3MockServer(S3MockApplication application, Path root) {
        this.application = application;
        this.root = root;
    }

    public static S3MockServer start() throws Exception {
        Path root = Files.createTempDirectory("s3mock-");
        // S3Mock removes entries from the map it is given: it must be mutable.
        Map<String, Object> properties = new HashMap<>(Map.of(
                S3MockApplication.PROP_HTTPS_PORT, "0",
                S3MockApplication.PROP_HTTP_PORT, "0",
                S3MockApplication.PROP_ROOT_DIRECTORY, root.toString(),
                S3MockApplication.PROP_SILENT, true,
                "logging.level.root", "WARN"));
        S3MockApplication app = S3MockApplication.start(properties);
        return new S3MockServer(app, root);
    }

    public int httpPort() {
        return application.getHttpPort();
    }

    @Override
    public void close() {
        application.stop();
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            // A temp folder left behind is harmless: it only holds synthetic test images.
        }
    }
}
