package machikoba.gui;

import sim.display.Console;
import sim.display.Display2D;

import javax.swing.SwingUtilities;
import java.awt.Graphics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Runs the Console's display for a number of months without anyone at the controls, painting
 * the pyramid after every month as a watched run would, then saves the display as a PNG.
 * The picture goes to a temporary file first and is moved into place only when complete.
 */
public final class ScreenshotRun {
    private ScreenshotRun() { }

    /** Months simulated and wall time, display painted after each month. */
    public record Timing(int months, long nanos) {
        public double monthsPerSecond() { return months / (nanos / 1e9); }
    }

    public static Timing run(DistrictWithUI gui, Path file, int months) throws Exception {
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> console[0] = new Console(gui));  // calls gui.init(console)
        Object lock = gui.state.schedule;
        synchronized (lock) {
            gui.start();
        }
        long t0 = System.nanoTime();
        int done = 0;
        while (done < months) {
            boolean more;
            synchronized (lock) {
                more = gui.step();
            }
            done++;
            SwingUtilities.invokeAndWait(() -> paint(gui.display));
            if (!more) break;
        }
        long nanos = System.nanoTime() - t0;
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
        return new Timing(done, nanos);
    }

    /** Draws the display now, on the event thread, as a repaint would (not left to Swing's timing). */
    @SuppressWarnings("deprecation")  // paintComponent(g, buffer) is the one that takes the model's lock
    private static void paint(Display2D display) {
        Graphics g = display.insideDisplay.getGraphics();
        if (g == null) throw new IllegalStateException("the display is not showing, so it cannot be painted");
        try {
            display.insideDisplay.paintComponent(g, true);
        } finally {
            g.dispose();
        }
    }
}
