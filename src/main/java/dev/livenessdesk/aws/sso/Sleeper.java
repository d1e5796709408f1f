package dev.livenessdesk.aws.sso;

import java.time.Duration;

/** Waits between polls; tests pass one that only records, so no test waits on the wall clock. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}
