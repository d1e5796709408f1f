package dev.livenessdesk.testsupport.s3;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Small synthetic JPEGs standing in for liveness images: no real face ever enters the tests. */
public final class TestJpegs {

    private TestJpegs() {
    }

    /** A labelled, face-like drawing of the given size, as JPEG bytes. */
    public static byte[] jpeg(int width, int height, Color tint, String caption) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, tint.brighter(), 0, height, tint.darker()));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(240, 210, 180));
        g.fillOval(width / 4, height / 6, width / 2, height * 2 / 3);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(width * 3 / 8, height * 2 / 5, width / 16, height / 16);
        g.fillOval(width * 9 / 16, height * 2 / 5, width / 16, height / 16);
        g.drawArc(width * 3 / 8, height * 5 / 9, width / 4, height / 8, 200, 140);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 14)));
        g.drawString(caption, 10, height - 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG cut short after its header: a reader sees the format but cannot decode it. */
    public static byte[] truncatedJpeg() {
        byte[] whole = jpeg(320, 240, Color.GRAY, "corrupt");
        return Arrays.copyOf(whole, 60);
    }
}
