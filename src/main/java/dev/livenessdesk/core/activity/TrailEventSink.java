package dev.livenessdesk.core.activity;

/** Where an adapter hands each event as it reads it. Called on the reading thread. */
public interface TrailEventSink {

    void accept(TrailEvent event);

    /** An event whose record could not be read: counted and shown, never dropped. */
    void unreadable(UnreadableEvent event);
}
