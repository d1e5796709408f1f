package dev.livenessdesk.checkpage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built page's files on the classpath (the Maven build puts them there with npm). Only the files the build
 * listed in files.txt are served, so no request path can reach anything else.
 */
final class PageFiles {

    static final String DEFAULT_FOLDER = "dev/livenessdesk/checkpage/web/";
    private static final String INDEX = "files.txt";

    private final String folder;
    private final ClassLoader loader;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final java.util.Set<String> listed;

    PageFiles(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder;
        this.listed = readIndex();
    }

    /** True when the build made the page (npm was present). */
    boolean present() {
        return listed.contains("index.html");
    }

    /** A listed file's bytes; empty for anything else. */
    Optional<byte[]> read(String name) {
        if (!listed.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(cache.computeIfAbsent(name, this::load));
    }

    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (lower.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (lower.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (lower.endsWith(".wasm")) {
            return "application/wasm";
        }
        return "text/plain; charset=utf-8";
    }

    private java.util.Set<String> readIndex() {
        try (InputStream in = loader.getResourceAsStream(folder + INDEX)) {
            if (in == null) {
                return java.util.Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.contains("..") && !line.startsWith("/"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the check page's file list", e);
        }
    }

    private byte[] load(String name) {
        try (InputStream in = loader.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("The check page lists " + name + " but lacks it"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name + " of the check page", e);
        }
    }
}
