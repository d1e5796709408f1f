package dev.livenessdesk.core.check;

import dev.livenessdesk.core.failure.ServiceException;
import java.util.Optional;

/** Serves check pages on this computer. */
public interface CheckPageHost {

    /** A host for builds without the page: says what is missing, serves nothing. */
    CheckPageHost NONE = new CheckPageHost() {
        @Override
        public Optional<String> unavailableReason() {
            return Optional.of(CheckWords.get("page.missing"));
        }

        @Override
        public CheckPage open(CheckPageSpec spec) throws ServiceException {
            throw new ServiceException(CheckRuns.pageMissing(unavailableReason().orElseThrow()));
        }
    };

    /** Why no page can be served here (e.g. it was built without Node.js), in words; empty when it can. */
    Optional<String> unavailableReason();

    /** Starts serving a page for one session. */
    CheckPage open(CheckPageSpec spec) throws ServiceException;
}
