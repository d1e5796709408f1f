package dev.livenessdesk.core.sharing;

import dev.livenessdesk.core.failure.ServiceException;
import java.util.Optional;

/**
 * The records of campaign sessions in one bucket, each in its session's folder under the prefix the session was
 * created with. Every method blocks on the network: call it off the FX thread.
 */
public interface SessionRecords {

    /** The file name of a record inside a session's folder; the image views skip it. */
    String FILE_NAME = "liveness-desk-record.json";

    /** Writes (or replaces) the record of one session. */
    void write(String bucket, String prefix, SessionRecord record) throws ServiceException;

    /**
     * The record of one session as it is stored now, so a rewrite keeps what a teammate's desk put there; empty
     * when there is none, or what is there is not a record this version can read.
     */
    Optional<SessionRecord> read(String bucket, String prefix, String sessionId) throws ServiceException;

    /**
     * Every record under the prefix, read in parallel. A bucket without records gives an empty scan; a record
     * that cannot be read is named in the scan, never thrown.
     */
    RecordScan readAll(String bucket, String prefix) throws ServiceException;
}
