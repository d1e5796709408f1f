package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.session.BoundingBox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws the sandbox's liveness images: a cartoon avatar on a background coloured by the session, labelled
 * "SANDBOX" and with its role. Never a photo of a person; only a BufferedImage, so it works headless.
 */
final class SandboxPortraits {

    static final int WIDTH = 480;
    static final int HEIGHT = 640;

    private static final int FACE_WIDTH = 220;
    private static final int FACE_HEIGHT = 270;
    // Each image of a session shows the head a little elsewhere, as frames of a selfie video would.
    private static final int[][] HEAD_OFFSETS = {{0, 0}, {-30, 10}, {30, -10}, {-15, -20}, {20, 15}};
    private static final Color SKIN = new Color(0xFFD25E);
    private static final Color INK = new Color(0x3A2E2A);

    /** A drawn JPEG and where its face is, as Rekognition's bounding box gives it. */
    record Portrait(byte[] jpeg, BoundingBox face) {
    }

    private SandboxPortraits() {
    }

    /**
     * @param label   the role written on the image, e.g. "Reference" or "Audit 2"
     * @param variant 0 for the reference, n for audit image n
     */
    static Portrait draw(String sessionId, String label, int variant) {
        int[] offset = HEAD_OFFSETS[Math.floorMod(variant, HEAD_OFFSETS.length)];
        int centerX = WIDTH / 2 + offset[0];
        int centerY = 300 + offset[1];
        float hue = hueOf(sessionId);

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            paintBackground(g, hue);
            paintAvatar(g, hue, centerX, centerY);
            paintWords(g, sessionId, label);
        } finally {
            g.dispose();
        }
        BoundingBox face = new BoundingBox((centerX - FACE_WIDTH / 2.0) / WIDTH,
                (centerY - FACE_HEIGHT / 2.0) / HEIGHT, (double) FACE_WIDTH / WIDTH, (double) FACE_HEIGHT / HEIGHT);
        return new Portrait(encodeJpeg(image), face);
    }

    /** The session's colour: the same id always gives the same hue, different ids usually differ clearly. */
    static float hueOf(String sessionId) {
        return Math.floorMod(sessionId.hashCode(), 360) / 360f;
    }

    private static void paintBackground(Graphics2D g, float hue) {
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.35f, 0.97f),
                0, HEIGHT, Color.getHSBColor(hue, 0.6f, 0.78f)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new Ellipse2D.Double(WIDTH / 2.0 - 200, 110, 400, 400));
    }

    private static void paintAvatar(Graphics2D g, float hue, int cx, int cy) {
        Color shirt = Color.getHSBColor((hue + 0.5f) % 1f, 0.55f, 0.55f);
        int chin = cy + FACE_HEIGHT / 2;
        g.setColor(shirt);
        g.fill(new Ellipse2D.Double(cx - 190, chin + 25, 380, 320));
        g.setColor(SKIN.darker());
        g.fillRect(cx - 35, chin - 20, 70, 60);

        Ellipse2D head = new Ellipse2D.Double(cx - FACE_WIDTH / 2.0, cy - FACE_HEIGHT / 2.0, FACE_WIDTH, FACE_HEIGHT);
        g.setColor(SKIN);
        g.fill(head);
        g.setColor(Color.getHSBColor(hue, 0.5f, 0.35f));
        g.fill(new Arc2D.Double(cx - FACE_WIDTH / 2.0 - 6, cy - FACE_HEIGHT / 2.0 - 12, FACE_WIDTH + 12,
                FACE_HEIGHT * 0.75, 0, 180, Arc2D.CHORD));
        g.setColor(INK);
        g.setStroke(new BasicStroke(5f));
        g.draw(head);

        for (int side : new int[] {-1, 1}) {
            g.setColor(INK);
            g.fill(new Ellipse2D.Double(cx + side * 45 - 13, cy - 5, 26, 34));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(cx + side * 45 - 5, cy + 1, 9, 9));
            g.setColor(new Color(255, 120, 120, 110));
            g.fill(new Ellipse2D.Double(cx + side * 70 - 20, cy + 40, 40, 24));
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(cx - 50, cy + 15, 100, 65, 200, 140, Arc2D.OPEN));
    }

    private static void paintWords(Graphics2D g, String sessionId, String label) {
        try {
            g.setColor(new Color(0, 0, 0, 120));
            g.fill(new RoundRectangle2D.Double(20, 18, WIDTH - 40, 76, 24, 24));
            g.fill(new RoundRectangle2D.Double(20, HEIGHT - 128, WIDTH - 40, 110, 24, 24));
            g.setColor(Color.WHITE);
            centered(g, SandboxMessages.get("sandbox.image.banner"), new Font(Font.SANS_SERIF, Font.BOLD, 54), 76);
            centered(g, label, new Font(Font.SANS_SERIF, Font.BOLD, 38), HEIGHT - 78);
            centered(g, SandboxMessages.get("sandbox.image.note") + " \u00b7 " + sessionId.substring(0, 8),
                    new Font(Font.SANS_SERIF, Font.PLAIN, 17), HEIGHT - 38);
        } catch (RuntimeException | Error noFonts) {
            // A machine without any font cannot draw text; the cartoon alone still shows this is no photo.
        }
    }

    private static void centered(Graphics2D g, String text, Font font, int baseline) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (WIDTH - metrics.stringWidth(text)) / 2, baseline);
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(40_000);
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("This Java runtime has no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
