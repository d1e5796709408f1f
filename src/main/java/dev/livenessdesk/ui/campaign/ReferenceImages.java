package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Optional;

/**
 * Where a report finds a session's reference image when the user asks for faces in it: the session's results,
 * then S3 (or the bytes the results carried). Blocks; called by the export job only.
 */
@FunctionalInterface
public interface ReferenceImages {

    /** The reference image's bytes (JPEG in practice); empty when the session has none. */
    Optional<byte[]> referenceOf(CampaignSession session) throws ServiceException;

    ReferenceImages NONE = session -> Optional.empty();
}
