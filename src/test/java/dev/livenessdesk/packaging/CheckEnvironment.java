package dev.livenessdesk.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A throw-away home for the launchers the build starts (training, checks): the user's own AWS set-up, data folder
 * and preferences must not leak into them, on any OS (HOME and XDG on Linux and macOS, USERPROFILE and APPDATA on
 * Windows, the AWS files wherever they are).
 */
final class CheckEnvironment {

    private CheckEnvironment() {
    }

    static Map<String, String> isolatedIn(Path work) throws IOException {
        Path home = Files.createDirectories(work.resolve("home"));
        Map<String, String> environment = new HashMap<>();
        environment.put("HOME", home.toString());
        environment.put("USERPROFILE", home.toString());
        environment.put("APPDATA", Files.createDirectories(work.resolve("appdata")).toString());
        environment.put("XDG_DATA_HOME", Files.createDirectories(work.resolve("data")).toString());
        environment.put("AWS_CONFIG_FILE", home.resolve("no-aws-config").toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-aws-credentials").toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        for (String name : new String[] {"AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_REKOGNITION",
                "AWS_ENDPOINT_URL_S3", "AWS_SESSION_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}) {
            environment.put(name, null);
        }
        return environment;
    }

    /** The java command that runs a class of the test class path (the stand-in, the window probe). */
    static List<String> javaWithTestClasses(Path target, String mainClass) throws IOException {
        String classPath = target.resolve("test-classes") + java.io.File.pathSeparator
                + Files.readString(target.resolve("test-classpath.txt")).strip();
        Path jdk = Path.of(System.getProperty("java.home"));
        return new ArrayList<>(List.of(PackagingOs.current().tool(jdk, "java").toString(),
                "-cp", classPath, mainClass));
    }
}
