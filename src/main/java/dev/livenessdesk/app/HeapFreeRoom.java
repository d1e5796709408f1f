package dev.livenessdesk.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * The free room the heap keeps after a full collection, cut to the least for the length of the idle give-back.
 * The desktop runs with -XX:MaxHeapFreeRatio=30 so a working window does not collect again right after a full
 * collection; a window nobody uses needs no such room, and 30 % over 100 MB of live heap is 43 MB kept for nobody
 * (bench/README). Both ratios are manageable HotSpot flags, set here through HotSpot's diagnostic bean and put
 * back after. On a JVM without the bean or the flags the give-back runs with the room it has.
 */
final class HeapFreeRoom {

    static final String MAX_FREE = "MaxHeapFreeRatio";
    static final String MIN_FREE = "MinHeapFreeRatio";

    private HeapFreeRoom() {
    }

    /** Runs the collections with the most free room set to the least (HotSpot refuses a max under the min). */
    static void leastWhile(Runnable collections) {
        Optional<HotSpotDiagnosticMXBean> hotSpot = hotSpot();
        Optional<String> before = hotSpot.flatMap(bean -> value(bean, MAX_FREE));
        Optional<String> least = hotSpot.flatMap(bean -> value(bean, MIN_FREE));
        boolean lowered = before.isPresent() && least.isPresent() && set(hotSpot.get(), least.get());
        try {
            collections.run();
        } finally {
            if (lowered) {
                set(hotSpot.get(), before.get());
            }
        }
    }

    private static Optional<HotSpotDiagnosticMXBean> hotSpot() {
        try {
            return Optional.ofNullable(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class));
        } catch (RuntimeException | LinkageError notThere) {
            return Optional.empty();
        }
    }

    private static Optional<String> value(HotSpotDiagnosticMXBean bean, String flag) {
        try {
            return Optional.of(bean.getVMOption(flag).getValue());
        } catch (RuntimeException noSuchFlag) {
            return Optional.empty();
        }
    }

    private static boolean set(HotSpotDiagnosticMXBean bean, String value) {
        try {
            bean.setVMOption(MAX_FREE, value);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
