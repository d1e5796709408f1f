package dev.livenessdesk.aws;

import dev.livenessdesk.core.session.SessionSettings;
import java.util.List;
import software.amazon.awssdk.services.rekognition.model.ChallengePreference;
import software.amazon.awssdk.services.rekognition.model.CreateFaceLivenessSessionRequest;
import software.amazon.awssdk.services.rekognition.model.CreateFaceLivenessSessionRequestSettings;
import software.amazon.awssdk.services.rekognition.model.LivenessOutputConfig;
import software.amazon.awssdk.services.rekognition.model.Versions;

/** SessionSettings to the SDK request, sending only what the user gave so the service's defaults stay in force. */
final class LivenessRequests {

    private LivenessRequests() {
    }

    static CreateFaceLivenessSessionRequest create(SessionSettings settings) {
        CreateFaceLivenessSessionRequest.Builder request = CreateFaceLivenessSessionRequest.builder();
        settings.kmsKeyId().ifPresent(request::kmsKeyId);
        settings.clientRequestToken().ifPresent(request::clientRequestToken);
        CreateFaceLivenessSessionRequestSettings.Builder body = CreateFaceLivenessSessionRequestSettings.builder();
        boolean anySetting = false;
        if (settings.bucket().isPresent()) {
            LivenessOutputConfig.Builder output = LivenessOutputConfig.builder().s3Bucket(settings.bucket().get());
            if (!settings.keyPrefix().isEmpty()) {
                output.s3KeyPrefix(settings.keyPrefix());
            }
            body.outputConfig(output.build());
            anySetting = true;
        }
        if (settings.auditImagesLimit() > 0) {
            body.auditImagesLimit(settings.auditImagesLimit());
            anySetting = true;
        }
        if (settings.hasChallengePreference()) {
            body.challengePreferences(List.of(challengePreference(settings)));
            anySetting = true;
        }
        if (anySetting) {
            request.settings(body.build());
        }
        return request.build();
    }

    private static ChallengePreference challengePreference(SessionSettings settings) {
        ChallengePreference.Builder preference = ChallengePreference.builder()
                .type(settings.challengeType().wireName());
        if (settings.challengeMinVersion().isPresent() || settings.challengeMaxVersion().isPresent()) {
            Versions.Builder versions = Versions.builder();
            settings.challengeMinVersion().ifPresent(versions::minimum);
            settings.challengeMaxVersion().ifPresent(versions::maximum);
            preference.versions(versions.build());
        }
        return preference.build();
    }
}
