package dev.livenessdesk.checkpage;

import java.time.Clock;

/** Check page hosts for tests in other packages: a tiny fixed page, so they do not need the npm build. */
public final class TestPages {

    private TestPages() {
    }

    /** Serves src/test/resources/.../testpage instead of the built page. */
    public static LoopbackCheckPages tinyPage() {
        return new LoopbackCheckPages(TestPages.class.getClassLoader(), "dev/livenessdesk/checkpage/testpage/",
                Clock.systemUTC());
    }
}
