package dev.livenessdesk.ui.common;

import java.io.ByteArrayInputStream;
import javafx.scene.image.Image;

/**
 * Decodes a picture from bytes without keeping the bytes. A JavaFX {@link Image} holds the stream it was read from
 * for as long as it lives (a final field), and with it the whole file: every decoded thumbnail and result picture
 * kept its JPEG beside its pixels (bench/README, the 300-session run). The stream here lets go of its bytes once
 * the image is read; an Image made from a stream reads it at once, never in the background.
 */
public final class PictureBytes {

    private PictureBytes() {
    }

    /** The whole picture at its own size. */
    public static Image decode(byte[] bytes) {
        return decode(bytes, 0, 0, false, false);
    }

    /** Scaled as {@link Image#Image(java.io.InputStream, double, double, boolean, boolean)} scales. */
    public static Image decode(byte[] bytes, double width, double height, boolean preserveRatio, boolean smooth) {
        ReleasedWhenRead stream = new ReleasedWhenRead(bytes);
        try {
            return new Image(stream, width, height, preserveRatio, smooth);
        } finally {
            stream.release();
        }
    }

    /** A byte stream that can drop its bytes: ByteArrayInputStream keeps its buffer in a field it lets us set. */
    static final class ReleasedWhenRead extends ByteArrayInputStream {

        private static final byte[] NOTHING = new byte[0];

        ReleasedWhenRead(byte[] bytes) {
            super(bytes);
        }

        synchronized void release() {
            buf = NOTHING;
            pos = 0;
            count = 0;
            mark = 0;
        }
    }
}
