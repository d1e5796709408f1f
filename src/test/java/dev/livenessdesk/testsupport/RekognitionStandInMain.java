package dev.livenessdesk.testsupport;

/**
 * Runs the Rekognition stand-in on its own, for looking at the app by hand and for benchmarks: prints its URL
 * (for AWS_ENDPOINT_URL_REKOGNITION) and serves until the process is killed.
 */
public final class RekognitionStandInMain {

    private RekognitionStandInMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        RekognitionStandIn standIn = RekognitionStandIn.start();
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
        System.out.println(standIn.uri());
        System.out.flush();
        Thread.currentThread().join();
    }
}
