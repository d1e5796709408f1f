package dev.livenessdesk.core.activity;

/**
 * How a read of the trail goes, told after each page and while it waits out CloudTrail's rate limit.
 * Called on the reading thread.
 */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (eventsRead, pages, pagesPerSecond, waiting) -> { };

    /**
     * @param eventsRead     events read so far (from CloudTrail and from what the desk kept)
     * @param pages          pages asked of the service so far
     * @param pagesPerSecond the pace of those pages
     * @param waiting        true while the read waits for the service's limit (it refused a page as too many)
     */
    void update(long eventsRead, int pages, double pagesPerSecond, boolean waiting);
}
