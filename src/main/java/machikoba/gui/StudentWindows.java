package machikoba.gui;

import machikoba.model.District;
import machikoba.model.Firm;
import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GUI as a student opens it: the Console, the pyramid and the chart window placed side by
 * side on the screen by a {@link WindowLayout} (MASON would put the Console wherever it finds
 * room, or on top of the display), and, for checks and screenshots, a run of some months with the
 * Console's own play button followed by a picture of the whole screen.
 */
public final class StudentWindows {
    private StudentWindows() { }

    /** Opens the Console on the GUI with every window in its place. Call on Swing's thread. */
    public static Console open(DistrictWithUI gui) {
        Console c = new Console(gui);  // calls gui.init(c), which makes the other windows
        WindowLayout l = WindowLayout.of(screen());
        c.setBounds(l.console());
        gui.displayFrame.setBounds(l.display());
        gui.chartsFrame.setBounds(l.charts());
        c.setVisible(true);
        return c;
    }

    /** The part of the screen windows may use (less any task bar or menu bar). */
    static Rectangle screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }

    /**
     * Presses play and waits until the Console pauses itself after the given number of months, as
     * if the student had set "pause at" in the Console. With {@code chooseFirm}, it pauses after the
     * first month, clicks a dependent firm (the one with a parent and the most subcontractors),
     * and plays on, so the firm's story fills in. Call from a thread other than Swing's.
     */
    public static void play(DistrictWithUI gui, Console c, int months, boolean chooseFirm) throws Exception {
        if (chooseFirm && months > 1) {
            playUntil(c, 1);
            SwingUtilities.invokeAndWait(() -> gui.choose(dependentFirm(gui.district())));
        }
        playUntil(c, months);
        // let the last month's pictures settle: the charts and the display repaint on Swing's thread
        Thread.sleep(500);
        SwingUtilities.invokeAndWait(() -> { });
    }

    private static void playUntil(Console c, long steps) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            c.setWhenShouldPause(steps);
            // play from the start, or on from a pause (play while paused would step only once)
            if (c.getPlayState() == Console.PS_PAUSED) c.pressPause(); else c.pressPlay();
        });
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (c.getPlayState() != Console.PS_PAUSED) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the Console did not pause at month " + steps);
            Thread.sleep(20);
        }
    }

    private static Firm dependentFirm(District d) {
        Firm best = null;
        for (int tier = 2; tier <= 3; tier++) {
            for (Firm f : d.tier(tier)) {
                if (!f.alive() || f.topShare() < 0.7) continue;
                if (best == null || f.subcontractors().size() > best.subcontractors().size()) best = f;
            }
        }
        return best;
    }

    /** Saves the whole screen, every window on it, as a PNG (written aside, then moved into place). */
    public static void saveScreen(Path file) throws Exception {
        Rectangle all = new Rectangle();
        for (var device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            all = all.union(device.getDefaultConfiguration().getBounds());
        }
        BufferedImage picture = new Robot().createScreenCapture(all);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".screen", ".png");
        try {
            if (!ImageIO.write(picture, "png", tmp.toFile())) throw new IOException("no PNG writer");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** One line per window on the screen, "window "TITLE" at X,Y size WxH", and the screen's own size first. */
    public static List<String> describe() throws Exception {
        List<String> lines = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            Rectangle s = screen();
            lines.add(String.format(Locale.ROOT, "screen at %d,%d size %dx%d", s.x, s.y, s.width, s.height));
            for (Window w : Window.getWindows()) {
                if (!w.isShowing()) continue;
                Rectangle b = w.getBounds();
                String title = w instanceof Frame f ? f.getTitle() : w.getClass().getSimpleName();
                lines.add(String.format(Locale.ROOT, "window \"%s\" at %d,%d size %dx%d", title, b.x, b.y, b.width, b.height));
            }
        });
        return lines;
    }
}
