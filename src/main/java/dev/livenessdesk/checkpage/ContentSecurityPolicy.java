package dev.livenessdesk.checkpage;

import dev.livenessdesk.core.check.CheckPageSpec;

/**
 * The page's Content Security Policy: its own scripts and the WASM they compile, and connections only to the
 * desk, AWS's face-model CDN and Rekognition Streaming in the session's region (none but the desk in the sandbox).
 */
final class ContentSecurityPolicy {

    static final String FACE_MODEL_CDN = "https://cdn.liveness.rekognition.amazonaws.com";

    private ContentSecurityPolicy() {
    }

    static String of(CheckPageSpec spec) {
        String connect = "'self'";
        if (!spec.isSandbox()) {
            // The region went through the validator, but it lands in a header: keep only what a region can hold.
            String region = spec.region().replaceAll("[^a-z0-9-]", "");
            String streaming = "streaming-rekognition." + region + ".amazonaws.com";
            connect += " " + FACE_MODEL_CDN + " https://" + streaming + " wss://" + streaming;
        }
        return "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; media-src 'self' blob: mediastream:; font-src 'self' data:; "
                + "worker-src 'self' blob:; connect-src " + connect + "; base-uri 'self'; form-action 'none'; "
                + "frame-ancestors 'none'; object-src 'none'";
    }
}
