package dev.livenessdesk.testsupport;

/**
 * Runs every stand-in the setup check talks to, for looking at "Check setup" and {@code doctor} by hand: prints the
 * environment variables that point the SDK at them and serves until killed. The good bucket is
 * {@value SetupStandIns#GOOD_BUCKET}, the one in us-west-2 {@value SetupStandIns#WEST_BUCKET}; with {@code --wrong}
 * the clock is 10 minutes off and the simulation is denied too.
 */
public final class SetupStandInsMain {

    private SetupStandInsMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SetupStandIns standIns = new SetupStandIns();
        Runtime.getRuntime().addShutdownHook(new Thread(standIns::close));
        if (args.length > 0 && "--wrong".equals(args[0])) {
            standIns.wrongTarget();
        }
        System.out.println("export AWS_ENDPOINT_URL_REKOGNITION=" + standIns.clock.uri()
                + " AWS_ENDPOINT_URL_S3=" + standIns.s3.uri() + " AWS_ENDPOINT_URL_STS=" + standIns.sts.uri()
                + " AWS_ENDPOINT_URL_IAM=" + standIns.iam.uri() + " AWS_ENDPOINT_URL_KMS=" + standIns.kms.uri()
                + " AWS_ACCESS_KEY_ID=" + RekognitionStandIn.ACCESS_KEY_ID
                + " AWS_SECRET_ACCESS_KEY=" + RekognitionStandIn.SECRET_ACCESS_KEY + " AWS_REGION=us-east-1");
        System.out.flush();
        Thread.currentThread().join();
    }
}
