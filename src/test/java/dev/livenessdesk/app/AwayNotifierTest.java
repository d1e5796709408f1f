package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.ui.common.Notifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The "Session created" toast never covers the card it announces: it shows only while the user looks away. */
class AwayNotifierTest {

    @Test
    void toastsOnlyWhileTheWindowHasNoFocus() {
        List<String> shown = new ArrayList<>();
        AtomicBoolean focused = new AtomicBoolean(true);
        Notifier notifier = new AwayNotifier(new Notifier() {
            @Override
            public void success(String title, String text) {
                shown.add(title);
            }

            @Override
            public void failure(String title, String text) {
                shown.add(title);
            }
        }, focused::get);

        notifier.success("Session created", "ready");
        assertThat(shown).isEmpty();

        focused.set(false);
        notifier.success("Session created", "ready");
        notifier.failure("Session not created", "why");
        assertThat(shown).containsExactly("Session created", "Session not created");
    }
}
