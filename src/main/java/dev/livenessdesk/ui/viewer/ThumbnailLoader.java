package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.image.Image;

/**
 * Loads thumbnails a few at a time through the TaskRunner (never more than {@code maxConcurrent} downloads, so a
 * big session does not starve the listings), from the memory cache when it can, and drops everything queued or
 * running when the user moves to another session. Called on the FX thread only.
 */
final class ThumbnailLoader {

    static final double THUMBNAIL_SIZE = 160;

    private record Request(ImageStore store, ThumbnailTile tile) {
    }

    private final TaskRunner runner;
    private final ThumbnailCache cache;
    private final ResourceBundle words;
    private final int maxConcurrent;
    private final Deque<Request> waiting = new ArrayDeque<>();
    private final List<TaskHandle> running = new ArrayList<>();
    private int generation;
    private boolean pumping;

    ThumbnailLoader(TaskRunner runner, ThumbnailCache cache, ResourceBundle words, int maxConcurrent) {
        this.runner = runner;
        this.cache = cache;
        this.words = words;
        this.maxConcurrent = maxConcurrent;
    }

    void load(ImageStore store, ThumbnailTile tile) {
        var cached = cache.get(tile.image());
        if (cached.isPresent()) {
            tile.show(cached.get());
            return;
        }
        tile.showLoading();
        waiting.add(new Request(store, tile));
        pump();
    }

    /** Forgets the queue and cancels running downloads: their results would land on a session no longer shown. */
    void cancelAll() {
        generation++;
        waiting.clear();
        List<TaskHandle> toCancel = new ArrayList<>(running);
        running.clear();
        toCancel.forEach(TaskHandle::cancel);
    }

    private void pump() {
        if (pumping) {
            return; // a synchronous runner finishes jobs inside start(): the outer loop carries on
        }
        pumping = true;
        try {
            while (running.size() < maxConcurrent && !waiting.isEmpty()) {
                start(waiting.poll());
            }
        } finally {
            pumping = false;
        }
    }

    private void start(Request request) {
        int startedIn = generation;
        ThumbnailTile tile = request.tile();
        TaskHandle[] handle = new TaskHandle[1];
        boolean[] finished = new boolean[1];
        Runnable done = () -> {
            finished[0] = true;
            if (handle[0] != null) {
                running.remove(handle[0]);
            }
        };
        handle[0] = runner.job(context -> ImageDecoding.thumbnail(request.store().read(tile.image().location()),
                        THUMBNAIL_SIZE, words))
                .onSuccess((Image picture) -> {
                    done.run();
                    cache.put(tile.image(), picture);
                    if (startedIn == generation) {
                        tile.show(picture);
                    }
                    pump();
                })
                .onFailure(error -> {
                    done.run();
                    if (startedIn == generation) {
                        fail(tile, error);
                    }
                    pump();
                })
                .onCancelled(() -> {
                    done.run();
                    pump();
                })
                .start();
        if (!finished[0]) {
            running.add(handle[0]);
        }
    }

    private void fail(ThumbnailTile tile, Throwable error) {
        if (error instanceof ImageDecoding.NotAnImageException notAnImage) {
            tile.fail(notAnImage.getMessage(), false);
        } else if (ServiceException.errorIn(error).isPresent()) {
            ServiceError explained = ServiceException.errorIn(error).get();
            tile.fail(explained.fullText(), explained.kind().isWorthRetryingByHand());
        } else {
            tile.fail(words.getString("image.failed") + " " + error.getMessage(), true);
        }
    }
}
