package dev.livenessdesk.ui.campaign;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/** Shrinks a reference image for the report, so a campaign of thousands still makes a file one can mail. */
final class Thumbnails {

    static final int HEIGHT = 128;

    private Thumbnails() {
    }

    /** A small JPEG of the image; empty when the bytes are no image ImageIO can read. */
    static Optional<byte[]> jpeg(byte[] image) throws IOException {
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(image));
        if (source == null || source.getHeight() <= 0) {
            return Optional.empty();
        }
        int height = Math.min(HEIGHT, source.getHeight());
        int width = Math.max(1, Math.round(source.getWidth() * (height / (float) source.getHeight())));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(small, "jpg", out);
        return Optional.of(out.toByteArray());
    }
}
