package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapFreeRoomTest {

    private static final HotSpotDiagnosticMXBean HOT_SPOT =
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void theCollectionsRunWithTheLeastFreeRoomAndTheWorkingRoomComesBackAfter() {
        String working = flag(HeapFreeRoom.MAX_FREE);
        String least = flag(HeapFreeRoom.MIN_FREE);
        assertThat(working).isNotEqualTo(least);
        List<String> seen = new ArrayList<>();

        HeapFreeRoom.leastWhile(() -> seen.add(flag(HeapFreeRoom.MAX_FREE)));

        assertThat(seen).containsExactly(least);
        assertThat(flag(HeapFreeRoom.MAX_FREE)).isEqualTo(working);
    }

    @Test
    void theWorkingRoomComesBackWhenTheCollectionsFail() {
        String working = flag(HeapFreeRoom.MAX_FREE);

        assertThatThrownBy(() -> HeapFreeRoom.leastWhile(() -> {
            throw new IllegalStateException("interrupted");
        })).hasMessage("interrupted");

        assertThat(flag(HeapFreeRoom.MAX_FREE)).isEqualTo(working);
    }

    private static String flag(String name) {
        return HOT_SPOT.getVMOption(name).getValue();
    }
}
