package machikoba.experiment;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Tells the user how far a batch is: a bar redrawn in place on a terminal (runs done, rate,
 * time left), plain lines at every 5% otherwise, so that logs stay readable.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private int total, done, doneAtStart, lastTwentieth = -1;
    private long t0;

    public Progress(PrintStream out, boolean terminal, String label) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
    }

    /** Silent progress, for tests and callers that report themselves. */
    public static Progress none() {
        return new Progress(new PrintStream(PrintStream.nullOutputStream()), false, "");
    }

    public synchronized void start(int total, int alreadyDone) {
        this.total = total;
        this.done = alreadyDone;
        this.doneAtStart = alreadyDone;
        this.t0 = System.nanoTime();
        if (alreadyDone > 0) out.printf(Locale.ROOT, "%s: resuming, %d of %d runs already done%n", label, alreadyDone, total);
        show();
    }

    public synchronized void runDone() {
        done++;
        show();
    }

    public synchronized void finish() {
        if (terminal) out.println();
        out.flush();
    }

    private void show() {
        double secs = (System.nanoTime() - t0) / 1e9;
        int made = done - doneAtStart;
        double rate = secs > 0 ? made / secs : 0;
        String eta = rate > 0 ? clock((total - done) / rate) : "--";
        if (terminal) {
            int width = 30, filled = total == 0 ? width : width * done / total;
            out.printf(Locale.ROOT, "\r%s [%s%s] %d/%d runs, %.2f runs/s, ETA %s   ", label,
                    "#".repeat(filled), " ".repeat(width - filled), done, total, rate, eta);
            out.flush();
        } else {
            int twentieth = total == 0 ? 20 : 20 * done / total;
            if (twentieth != lastTwentieth) {
                lastTwentieth = twentieth;
                out.printf(Locale.ROOT, "%s: %d/%d runs, %.2f runs/s, ETA %s%n", label, done, total, rate, eta);
            }
        }
    }

    static String clock(double secs) {
        long s = Math.round(secs);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
