package dev.livenessdesk.checkpage;

import dev.livenessdesk.core.check.CheckPage;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.core.check.CheckPageSpec;
import dev.livenessdesk.core.check.CheckRuns;
import dev.livenessdesk.core.check.CheckWords;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/** Serves check pages on this computer's loopback address, one server per page. */
public final class LoopbackCheckPages implements CheckPageHost {

    private final PageFiles files;
    private final Clock clock;

    public LoopbackCheckPages() {
        this(LoopbackCheckPages.class.getClassLoader(), PageFiles.DEFAULT_FOLDER, Clock.systemUTC());
    }

    /** @param folder where the built page lies on the classpath (tests point it elsewhere) */
    LoopbackCheckPages(ClassLoader loader, String folder, Clock clock) {
        this.files = new PageFiles(loader, folder);
        this.clock = clock;
    }

    @Override
    public Optional<String> unavailableReason() {
        return files.present() ? Optional.empty() : Optional.of(CheckWords.get("page.missing"));
    }

    @Override
    public CheckPage open(CheckPageSpec spec) throws ServiceException {
        if (!files.present()) {
            throw new ServiceException(CheckRuns.pageMissing(CheckWords.get("page.missing")));
        }
        try {
            LoopbackCheckPage page = new LoopbackCheckPage(spec, files, clock);
            page.start();
            return page;
        } catch (IOException e) {
            throw new ServiceException(ServiceError.of(ErrorKind.NETWORK, CheckWords.get("server.failed",
                    e.getMessage()), CheckWords.get("server.failed.next")), e);
        }
    }
}
