package machikoba.model.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a task for every index of a range on a few threads, for work in which index i reads
 * shared state and writes only slot i of its own arrays: such a pass gives the same result
 * whatever the number of threads, so runs stay byte-identical. Anything that draws random
 * numbers, or changes a firm other than its own, must not run in a pass. With one worker
 * (the default, and what a batch running a run per core wants) it is a plain loop.
 */
public final class ParallelPass implements AutoCloseable {
    /** Indices a thread takes at a time: large enough to keep threads off each other's cache lines. */
    private static final int CHUNK = 1024;

    private final int workers;
    private final ExecutorService pool;

    public ParallelPass(int workers) {
        this.workers = Math.max(1, workers);
        this.pool = this.workers == 1 ? null : Executors.newFixedThreadPool(this.workers - 1, r -> {
            Thread t = new Thread(r, "machikoba-pass");
            t.setDaemon(true);
            return t;
        });
    }

    public int workers() { return workers; }

    /** Calls {@code body} once for each index in [0, n); returns when all calls have returned. */
    public void forEach(int n, IntConsumer body) {
        forEach(n, CHUNK, body);
    }

    /** The same, threads taking {@code chunk} indices at a time (fewer for fewer, larger tasks). */
    public void forEach(int n, int chunk, IntConsumer body) {
        if (pool == null || n <= chunk) {
            for (int i = 0; i < n; i++) body.accept(i);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int start; (start = next.getAndAdd(chunk)) < n; ) {
                for (int i = start, end = Math.min(n, start + chunk); i < end; i++) body.accept(i);
            }
        };
        List<Future<?>> others = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) others.add(pool.submit(worker));
        worker.run();
        try {
            for (Future<?> f : others) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in a parallel pass", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
