package org.roundtable.service.storage;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One processor's stream of events from the storage engine, from a token onwards. When it has read all
 * there is, the next look reads again from the last token (the storage engine handles gaps); a commit in
 * this instance wakes whoever waits on it, and runs the availability callback of a pooled processor.
 * Read by one processor thread; {@link #eventsCommitted()} may come from any thread.
 */
class CommitFollowingStream implements TrackingEventStream {

    private final EventStorageEngine storage;
    private final Consumer<CommitFollowingStream> onClose;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();
    private volatile Runnable availabilityCallback;
    private volatile boolean commitSeen;

    private TrackingToken lastToken;
    private Stream<? extends TrackedEventMessage<?>> batch;
    private Iterator<? extends TrackedEventMessage<?>> events;
    private TrackedEventMessage<?> peeked;

    CommitFollowingStream(EventStorageEngine storage, TrackingToken from, Consumer<CommitFollowingStream> onClose) {
        this.storage = storage;
        this.lastToken = from;
        this.onClose = onClose;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return Optional.ofNullable(fetch() ? peeked : null);
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!fetch()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            awaitCommit(left);
        }
        return true;
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
            // keep waiting: a caller of nextAvailable wants an event
        }
        TrackedEventMessage<?> next = peeked;
        peeked = null;
        lastToken = next.trackingToken();
        return next;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        this.availabilityCallback = callback;
        return true;
    }

    @Override
    public void close() {
        closeBatch();
        onClose.accept(this);
    }

    void eventsCommitted() {
        lock.lock();
        try {
            commitSeen = true;
            committed.signalAll();
        } finally {
            lock.unlock();
        }
        Runnable callback = availabilityCallback;
        if (callback != null) {
            callback.run();
        }
    }

    /** Makes {@link #peeked} the next event if there is one, reading from the storage engine when needed. */
    private boolean fetch() {
        if (peeked != null) {
            return true;
        }
        if (events != null && events.hasNext()) {
            peeked = events.next();
            return true;
        }
        closeBatch();
        commitSeen = false;
        batch = storage.readEvents(lastToken, false);
        events = batch.iterator();
        if (events.hasNext()) {
            peeked = events.next();
            return true;
        }
        return false;
    }

    private void awaitCommit(long nanos) throws InterruptedException {
        lock.lock();
        try {
            if (!commitSeen) {
                committed.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }

    private void closeBatch() {
        if (batch != null) {
            batch.close();
            batch = null;
            events = null;
        }
    }
}
