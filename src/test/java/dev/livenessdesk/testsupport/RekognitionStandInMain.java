package dev.livenessdesk.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * Runs the Rekognition stand-in on its own, for looking at the app by hand and for benchmarks: prints its URL
 * (for AWS_ENDPOINT_URL_REKOGNITION) and serves until the process is killed. With {@code --play-checks SECONDS}
 * every session it creates moves to IN_PROGRESS after that many seconds and to SUCCEEDED after twice as many, so
 * a whole session's life can be followed in the app. Sessions take turns: the first (third, ...) is a live person
 * (confidence 91.5, a drawn reference image and two audit images as bytes), the second (fourth, ...) a check in
 * poor conditions (confidence 38.25, one audit image, Feedback LOW_LIGHTING_DETECTED and FACE_NOT_ALIGNED). Each
 * names its client in Metadata (AmplifyUI-React).
 */
public final class RekognitionStandInMain {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RekognitionStandInMain() {
    }

    public static void main(String[] args) throws Exception {
        RekognitionStandIn standIn = RekognitionStandIn.start();
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
        if (args.length == 2 && "--play-checks".equals(args[0])) {
            long seconds = Long.parseLong(args[1]);
            ScheduledExecutorService player = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger created = new AtomicInteger();
            standIn.onCreated(id -> {
                boolean poorConditions = created.incrementAndGet() % 2 == 0;
                player.schedule(() -> standIn.respondResultsFor(id, status(id, "IN_PROGRESS")), seconds,
                        TimeUnit.SECONDS);
                player.schedule(() -> standIn.respondResultsFor(id, poorConditions ? poorConditions(id)
                        : succeeded(id)), 2 * seconds, TimeUnit.SECONDS);
            });
        }
        System.out.println(standIn.uri());
        System.out.flush();
        Thread.currentThread().join();
    }

    private static ObjectNode status(String id, String status) {
        return JSON.createObjectNode().put("SessionId", id).put("Status", status);
    }

    private static ObjectNode succeeded(String id) {
        ObjectNode answer = status(id, "SUCCEEDED").put("Confidence", 91.5);
        answer.set("ReferenceImage", image(0));
        answer.putArray("AuditImages").add(image(1)).add(image(2));
        answer.putObject("Challenge").put("Type", "FaceMovementAndLightChallenge").put("Version", "1.0.0");
        answer.putArray("Feedback");
        answer.putObject("Metadata").put("SDKType", "AmplifyUI-React");
        return answer;
    }

    private static ObjectNode poorConditions(String id) {
        ObjectNode answer = status(id, "SUCCEEDED").put("Confidence", 38.25);
        answer.set("ReferenceImage", image(0));
        answer.putArray("AuditImages").add(image(1));
        answer.putObject("Challenge").put("Type", "FaceMovementAndLightChallenge").put("Version", "1.0.0");
        answer.putArray("Feedback")
                .add(feedback("LOW_LIGHTING_DETECTED", "Low lighting detected."))
                .add(feedback("FACE_NOT_ALIGNED", "Face not aligned."));
        answer.putObject("Metadata").put("SDKType", "AmplifyUI-React");
        return answer;
    }

    private static ObjectNode feedback(String code, String message) {
        return JSON.createObjectNode().put("Code", code).put("Message", message);
    }

    private static ObjectNode image(int variant) {
        ObjectNode image = JSON.createObjectNode().put("Bytes", Base64.getEncoder().encodeToString(face(variant)));
        image.putObject("BoundingBox").put("Width", 0.5).put("Height", 0.45).put("Left", 0.25).put("Top", 0.2);
        return image;
    }

    /** A plain drawn face (never a photo), so the demo shows something in the image panes. */
    private static byte[] face(int variant) {
        BufferedImage picture = new BufferedImage(320, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x4A6FA5 + variant * 0x101010));
        g.fillRect(0, 0, 320, 400);
        g.setColor(new Color(0xF2C57C));
        g.fillOval(80, 80, 160, 180);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(4));
        g.fillOval(125, 140, 16, 16);
        g.fillOval(180, 140, 16, 16);
        g.drawArc(125, 170, 70, 50, 200, 140);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(picture, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
