package dev.livenessdesk.core.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * "Copy for AWS Support" as a file: a zip with the support text ({@code support.txt}) and the session's CloudTrail
 * records as one JSON array ({@code events.json}), each record exactly as CloudTrail sent it. No image.
 */
public final class SupportBundle {

    public static final String TEXT_ENTRY = "support.txt";
    public static final String EVENTS_ENTRY = "events.json";

    private SupportBundle() {
    }

    public static byte[] zip(String supportText, SessionTimeline timeline) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(TEXT_ENTRY));
            zip.write(supportText.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(EVENTS_ENTRY));
            StringBuilder events = new StringBuilder("[");
            String separator = "\n";
            for (TrailEvent event : timeline.events()) {
                // Every record here was read as a JSON object, so the array is JSON as well.
                events.append(separator).append(event.rawRecord());
                separator = ",\n";
            }
            events.append("\n]\n");
            zip.write(events.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }
}
