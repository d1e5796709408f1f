package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The pictures of the session shown and of the next few, fetched ahead so a label never waits for S3: held in
 * memory only (biometric data is never written to disk), decoded at the screen's size, and let go as soon as the
 * reviewer has moved more than one session past them, so memory stays flat over any length of queue.
 */
public final class ReviewPrefetch {

    /** Sessions fetched ahead of the one shown. */
    public static final int AHEAD = 3;

    private final int ahead;
    private final TaskRunner tasks;
    private final Supplier<ImageStore> images;
    private final Supplier<Optional<LivenessSessions>> service;
    private final ReviewImages.ShownSize size;
    private final Map<String, ReviewImages> ready = new HashMap<>();
    private final Map<String, TaskHandle> fetching = new HashMap<>();
    private final Map<String, Consumer<ReviewImages>> waitingFor = new HashMap<>();

    public ReviewPrefetch(TaskRunner tasks, Supplier<ImageStore> images, Supplier<Optional<LivenessSessions>> service,
                          ReviewImages.ShownSize size) {
        this(tasks, images, service, size, AHEAD);
    }

    /**
     * @param ahead how many sessions after the one shown are fetched ahead (the benchmark's reference fetches none)
     */
    public ReviewPrefetch(TaskRunner tasks, Supplier<ImageStore> images, Supplier<Optional<LivenessSessions>> service,
                          ReviewImages.ShownSize size, int ahead) {
        if (ahead < 0) {
            throw new IllegalArgumentException("ahead: " + ahead);
        }
        this.ahead = ahead;
        this.tasks = tasks;
        this.images = images;
        this.service = service;
        this.size = size;
    }

    /**
     * Shows session {@code at}: hands its pictures to {@code shown} now when they are ready, or when they come;
     * fetches the next {@value #AHEAD}; lets go of everything outside one behind to {@value #AHEAD} ahead. Call on
     * the FX thread.
     */
    public void show(List<ReviewCandidate> queue, int at, Consumer<ReviewImages> shown) {
        Set<String> keep = new HashSet<>();
        for (int i = Math.max(0, at - 1); i <= Math.min(queue.size() - 1, at + ahead); i++) {
            keep.add(queue.get(i).sessionId());
        }
        ready.keySet().retainAll(keep);
        fetching.entrySet().removeIf(entry -> {
            if (!keep.contains(entry.getKey())) {
                entry.getValue().cancel();
                return true;
            }
            return false;
        });
        waitingFor.clear();
        String id = queue.get(at).sessionId();
        ReviewImages now = ready.get(id);
        if (now != null) {
            shown.accept(now);
        } else {
            waitingFor.put(id, shown);
            fetch(queue.get(at));
        }
        for (int i = at + 1; i <= Math.min(queue.size() - 1, at + ahead); i++) {
            fetch(queue.get(i));
        }
    }

    private void fetch(ReviewCandidate session) {
        String id = session.sessionId();
        if (ready.containsKey(id) || fetching.containsKey(id)) {
            return;
        }
        ImageStore store = images.get();
        Optional<LivenessSessions> results = service.get();
        TaskHandle handle = tasks.job(context -> ReviewImages.fetch(session, store, results, size))
                .onSuccess(fetched -> arrived(id, fetched))
                .onFailure(failed -> arrived(id, new ReviewImages(id, Optional.empty(), Optional.empty(), List.of(),
                        Optional.of(String.valueOf(failed.getMessage())))))
                .start();
        if (!ready.containsKey(id)) {
            fetching.put(id, handle);
        }
    }

    private void arrived(String id, ReviewImages fetched) {
        fetching.remove(id);
        ready.put(id, fetched);
        Consumer<ReviewImages> shown = waitingFor.remove(id);
        if (shown != null) {
            shown.accept(fetched);
        }
    }

    /** How many sessions' pictures are held now (the benchmark and the tests watch it stay bounded). */
    public int held() {
        return ready.size();
    }

    /** Lets go of every picture and stops every fetch (a new queue, the tab closed). */
    public void clear() {
        fetching.values().forEach(TaskHandle::cancel);
        fetching.clear();
        ready.clear();
        waitingFor.clear();
    }
}
