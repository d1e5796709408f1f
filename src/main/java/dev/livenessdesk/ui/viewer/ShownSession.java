package dev.livenessdesk.ui.viewer;

import java.util.OptionalInt;

/**
 * Which session the grid shows and what is known about it, which picks the words of an empty grid.
 *
 * @param listedPrefix     the prefix the session's folder sits under (not always the one browsed)
 * @param folderKnown      the folder was listed or the session was just created here, so "no images" means
 *                         "not yet" rather than "no such folder"
 * @param auditImagesLimit the limit the session was created with, when this app created it
 */
record ShownSession(String sessionId, String listedPrefix, boolean folderKnown, OptionalInt auditImagesLimit) {

    String folderUri(String bucket) {
        return "s3://" + bucket + "/" + listedPrefix + sessionId + "/";
    }
}
