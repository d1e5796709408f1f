package dev.livenessdesk.core.sharing;

import dev.livenessdesk.core.campaign.RecordPlace;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading a bucket's records found.
 *
 * @param unreadable the keys of records that could not be read (damaged, or missing what every record has)
 * @param calls      the S3 requests the scan made: listings plus reads
 * @param places     where each record was found, by session id: the folder may sit deeper than the prefix read
 */
public record RecordScan(List<SessionRecord> records, List<String> unreadable, int calls,
                         Map<String, RecordPlace> places) {

    public RecordScan {
        records = List.copyOf(records);
        unreadable = List.copyOf(unreadable);
        places = Map.copyOf(places);
    }

    /** A scan that found nothing. */
    public static RecordScan empty() {
        return new RecordScan(List.of(), List.of(), 0, Map.of());
    }

    /** Where the record of this session was found; empty for a session the scan did not find. */
    public Optional<RecordPlace> placeOf(String sessionId) {
        return Optional.ofNullable(places.get(sessionId));
    }
}
