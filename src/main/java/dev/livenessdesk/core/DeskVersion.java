package dev.livenessdesk.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The desk's version: the pom's, filtered into a resource at build time, else the jar manifest's, else "unknown". */
public final class DeskVersion {

    private static final String RESOURCE = "/dev/livenessdesk/cli/version.properties";

    private DeskVersion() {
    }

    public static String get() {
        try (InputStream in = DeskVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fromManifest = DeskVersion.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "unknown" : fromManifest;
    }
}
