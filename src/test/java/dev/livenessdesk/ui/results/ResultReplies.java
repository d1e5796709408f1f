package dev.livenessdesk.ui.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** GetFaceLivenessSessionResults bodies as the service sends them, and small JPEGs to put in them. */
final class ResultReplies {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BUCKET = "liveness-out";
    static final int JPEG_WIDTH = 160;
    static final int JPEG_HEIGHT = 120;

    private ResultReplies() {
    }

    static String status(String sessionId, String status) {
        return JSON.createObjectNode().put("SessionId", sessionId).put("Status", status).toString();
    }

    /** SUCCEEDED with the reference and audits named as S3 objects under {@code checks/<id>/}. */
    static ObjectNode succeededInS3(String sessionId, float confidence, int audits) {
        ObjectNode body = succeeded(sessionId, confidence);
        body.set("ReferenceImage", withBox(s3Image(sessionId + "/reference.jpg")));
        ArrayNode auditImages = body.putArray("AuditImages");
        for (int i = 1; i <= audits; i++) {
            auditImages.add(s3Image(sessionId + "/audit_" + i + ".jpg"));
        }
        return body;
    }

    /** SUCCEEDED with the images inline as base64 bytes (a session without an output bucket). */
    static ObjectNode succeededWithBytes(String sessionId, float confidence, int audits) {
        ObjectNode body = succeeded(sessionId, confidence);
        ObjectNode reference = JSON.createObjectNode().put("Bytes", Base64.getEncoder().encodeToString(jpeg(0)));
        body.set("ReferenceImage", withBox(reference));
        ArrayNode auditImages = body.putArray("AuditImages");
        for (int i = 1; i <= audits; i++) {
            auditImages.add(JSON.createObjectNode().put("Bytes", Base64.getEncoder().encodeToString(jpeg(i))));
        }
        return body;
    }

    static String s3Key(String sessionId, String name) {
        return "checks/" + sessionId + "/" + name;
    }

    private static ObjectNode succeeded(String sessionId, float confidence) {
        ObjectNode body = JSON.createObjectNode().put("SessionId", sessionId).put("Status", "SUCCEEDED")
                .put("Confidence", confidence);
        body.putObject("Challenge").put("Type", "FaceMovementAndLightChallenge").put("Version", "2.0.0");
        return body;
    }

    private static ObjectNode s3Image(String name) {
        ObjectNode image = JSON.createObjectNode();
        image.putObject("S3Object").put("Bucket", BUCKET).put("Name", "checks/" + name);
        return image;
    }

    private static ObjectNode withBox(ObjectNode image) {
        image.putObject("BoundingBox").put("Width", 0.25).put("Height", 0.5).put("Left", 0.375).put("Top", 0.25);
        return image;
    }

    /** A real JPEG, each variant a different colour. */
    static byte[] jpeg(int variant) {
        BufferedImage image = new BufferedImage(JPEG_WIDTH, JPEG_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.getHSBColor(variant / 5f, 0.6f, 0.9f));
        g.fillRect(0, 0, JPEG_WIDTH, JPEG_HEIGHT);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
