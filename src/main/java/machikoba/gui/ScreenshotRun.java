package machikoba.gui;

import machikoba.model.District;
import machikoba.observe.Observer;
import sim.display.Console;
import sim.display.Display2D;

import javax.swing.SwingUtilities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Runs the Console's display for a number of months without anyone at the controls, the pyramid
 * repainted after every month as in a watched run (and checked to have been), then saves the
 * display as a PNG.
 * The picture goes to a temporary file first and is moved into place only when complete.
 */
public final class ScreenshotRun {
    private ScreenshotRun() { }

    /**
     * Months simulated and wall time with the display painted after each month, and the wall time
     * of the same months of the same district run without any display (the baseline, same process).
     */
    public record Timing(int months, long nanos, long modelOnlyNanos) {
        public double monthsPerSecond() { return months / (nanos / 1e9); }
        public double modelOnlyMonthsPerSecond() { return months / (modelOnlyNanos / 1e9); }
    }

    public static Timing run(DistrictWithUI gui, Path file, int months) throws Exception {
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> console[0] = new Console(gui));  // calls gui.init(console)
        Object lock = gui.state.schedule;
        synchronized (lock) {
            gui.start();
        }
        SwingUtilities.invokeAndWait(() -> { });  // let the first picture settle
        long paintsBefore = gui.legend.paints();
        long t0 = System.nanoTime();
        int done = 0;
        while (done < months) {
            boolean more;
            synchronized (lock) {
                more = gui.step();
            }
            done++;
            // the display asked Swing to repaint at the end of the step, as it does in the Console;
            // an empty task queued behind that request returns once the picture is drawn
            SwingUtilities.invokeAndWait(() -> { });
            if (!more) break;
        }
        long nanos = System.nanoTime() - t0;
        if (gui.legend.paints() - paintsBefore < done) {
            throw new IllegalStateException("the display was painted " + (gui.legend.paints() - paintsBefore)
                    + " times in " + done + " months: the timing would not include drawing");
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".screenshot", ".png");
        try {
            Exception[] failed = new Exception[1];
            SwingUtilities.invokeAndWait(() -> {
                try {
                    synchronized (lock) {
                        gui.display.takeSnapshot(tmp.toFile(), Display2D.TYPE_PNG);
                    }
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) throw failed[0];
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        SwingUtilities.invokeAndWait(() -> {
            synchronized (lock) {
                gui.finish();
            }
            gui.quit();
            console[0].dispose();
        });
        return new Timing(done, nanos, modelOnly(gui.district(), done));
    }

    /** The same scenario and seed stepped with its observer but no display. */
    private static long modelOnly(District shown, int months) {
        District d = new District(shown.seed(), shown.scenario());
        long t0 = System.nanoTime();
        d.start();
        new Observer().attach(d);
        for (int m = 0; m < months; m++) d.schedule.step(d);
        return System.nanoTime() - t0;
    }
}
