package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.session.SessionStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reference images through the ports: the session's results name the image (in S3, or as bytes when the session
 * had no bucket), and the image store reads it, on the connection in use with the session's own region.
 */
public final class SessionReferenceImages implements ReferenceImages {

    private final Function<ConnectionSettings, LivenessSessions> sessionsFor;
    private final Function<ConnectionSettings, ImageStore> imagesFor;
    private final Supplier<ConnectionSettings> currentConnection;

    public SessionReferenceImages(Function<ConnectionSettings, LivenessSessions> sessionsFor,
                                  Function<ConnectionSettings, ImageStore> imagesFor,
                                  Supplier<ConnectionSettings> currentConnection) {
        this.sessionsFor = Objects.requireNonNull(sessionsFor);
        this.imagesFor = Objects.requireNonNull(imagesFor);
        this.currentConnection = Objects.requireNonNull(currentConnection);
    }

    @Override
    public Optional<byte[]> referenceOf(CampaignSession session) throws ServiceException {
        ConnectionSettings current = currentConnection.get();
        if (current == null || !session.isFinal() || session.status() == SessionStatus.EXPIRED) {
            return Optional.empty();
        }
        ConnectionSettings connection = session.region().isEmpty() ? current : current.withRegion(session.region());
        Optional<ResultImage> reference = sessionsFor.apply(connection).results(session.sessionId()).referenceImage();
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        if (reference.get().bytes().isPresent()) {
            return reference.get().bytes();
        }
        if (reference.get().s3Object().isPresent()) {
            return Optional.of(imagesFor.apply(connection).read(reference.get().s3Object().get()));
        }
        return Optional.empty();
    }
}
