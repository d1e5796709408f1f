package dev.livenessdesk.core.sharing;

import java.util.List;

/**
 * What reading a bucket's records found.
 *
 * @param unreadable the keys of records that could not be read (damaged, or missing what every record has)
 * @param calls      the S3 requests the scan made: listings plus reads
 */
public record RecordScan(List<SessionRecord> records, List<String> unreadable, int calls) {

    public RecordScan {
        records = List.copyOf(records);
        unreadable = List.copyOf(unreadable);
    }
}
