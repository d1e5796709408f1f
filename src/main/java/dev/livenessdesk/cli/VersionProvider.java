package dev.livenessdesk.cli;

import dev.livenessdesk.core.DeskVersion;
import picocli.CommandLine.IVersionProvider;

/** `--version`: the desk's version as core reads it (the pom's, filtered into a resource at build time). */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {VersionRequest.line()};
    }

    /** The desk's version: the pom's, or the jar manifest's, or "unknown". */
    public static String version() {
        return DeskVersion.get();
    }
}
