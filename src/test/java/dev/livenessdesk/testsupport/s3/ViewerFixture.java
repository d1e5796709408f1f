package dev.livenessdesk.testsupport.s3;

import java.awt.Color;

/** The bucket the viewer tests, the demo and the benchmark look at: sessions in the layouts the viewer must read. */
public final class ViewerFixture {

    public static final String BUCKET = "liveness-images";
    public static final String PREFIX = "liveness/";
    public static final String COMPLETE = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    public static final String BROKEN = "3c4d5e6f-0000-4000-8000-00000000000b";
    public static final String NO_AUDIT = "4d5e6f70-0000-4000-8000-00000000000c";
    public static final String NEVER_COMPLETED = "9a9a9a9a-0000-4000-8000-00000000000d";

    private ViewerFixture() {
    }

    /** A complete session (reference + 4 audits + a JSON), one with a corrupt and a non-image object, one without audits. */
    public static void seed(S3Seeder seeder) {
        seeder.bucket(BUCKET);
        String complete = PREFIX + COMPLETE + "/";
        seeder.putJpeg(BUCKET, complete + "reference.jpg", TestJpegs.jpeg(480, 640, new Color(40, 90, 160), "reference"));
        for (int i = 1; i <= 4; i++) {
            seeder.putJpeg(BUCKET, complete + "audit_" + i + ".jpg",
                    TestJpegs.jpeg(480, 640, new Color(40 + i * 30, 120, 80), "audit " + i));
        }
        String broken = PREFIX + BROKEN + "/";
        seeder.putJpeg(BUCKET, broken + "reference.jpg", TestJpegs.truncatedJpeg());
        seeder.putJpeg(BUCKET, broken + "audit_1.jpg", TestJpegs.jpeg(480, 640, Color.ORANGE, "audit 1"));
        seeder.putText(BUCKET, broken + "metadata.json", "{\"note\":\"not an image\"}");
        seeder.putJpeg(BUCKET, PREFIX + NO_AUDIT + "/reference.jpg", TestJpegs.jpeg(480, 640, Color.MAGENTA, "ref"));
        seeder.putText(BUCKET, PREFIX + "readme.txt", "unrelated");
    }
}
