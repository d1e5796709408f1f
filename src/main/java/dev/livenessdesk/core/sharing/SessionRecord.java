package dev.livenessdesk.core.sharing;

import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import java.util.Objects;
import java.util.Optional;

/**
 * One session's team record: the campaign session and what its scenario presents, so a teammate's desk can
 * rebuild the campaign from the records alone.
 *
 * @param version       the record format it was written in; a record from a newer desk keeps its number
 * @param unknownFields the fields of the stored record this version does not know, as a JSON object, written back
 *                      unchanged; empty for a record this desk made
 */
public record SessionRecord(int version, CampaignSession session, Expectation expectation,
                            Optional<String> unknownFields) {

    /** The format this version writes. */
    public static final int CURRENT_VERSION = 1;

    public SessionRecord {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(expectation, "expectation");
        unknownFields = unknownFields == null ? Optional.empty() : unknownFields;
        version = Math.max(version, CURRENT_VERSION);
    }

    /** A record this desk makes for a session of its own. */
    public static SessionRecord of(CampaignSession session, Expectation expectation) {
        return new SessionRecord(CURRENT_VERSION, session, expectation, Optional.empty());
    }

    /** The same record about a later state of its session; what this version does not know is carried along. */
    public SessionRecord with(CampaignSession later) {
        return with(later, expectation);
    }

    /**
     * The same record about a later state of its session, presenting what its scenario now expects (a retag may
     * move it to a scenario of another kind); what this version does not know is carried along.
     */
    public SessionRecord with(CampaignSession later, Expectation now) {
        return new SessionRecord(version, later, now, unknownFields);
    }
}
