package machikoba.gui;

import java.awt.Rectangle;

/**
 * Where the student's three windows go on a screen, side by side and never on top of each other:
 * the Console (controls, lessons, inspectors) down the left edge, the pyramid to its right, and
 * the one chart window under the pyramid. Pure geometry, so it is tested without a display.
 *
 * @param console the MASON Console
 * @param display the production pyramid
 * @param charts  the charts window (district charts and the selected firm's story, in tabs)
 */
public record WindowLayout(Rectangle console, Rectangle display, Rectangle charts) {
    /** The Console's controls need about MASON's default width; lessons read better a little wider. */
    static final int CONSOLE_MIN = 380, CONSOLE_MAX = 460;
    /** Share of the screen's height given to the pyramid; the charts take the rest. */
    static final double DISPLAY_SHARE = 0.64;

    /** The layout for the usable part of a screen (its bounds less any task bar). */
    public static WindowLayout of(Rectangle screen) {
        int consoleWidth = Math.max(CONSOLE_MIN, Math.min(CONSOLE_MAX, (int) Math.round(screen.width * 0.22)));
        int rightWidth = screen.width - consoleWidth;
        int displayHeight = (int) Math.round(screen.height * DISPLAY_SHARE);
        Rectangle console = new Rectangle(screen.x, screen.y, consoleWidth, screen.height);
        Rectangle display = new Rectangle(screen.x + consoleWidth, screen.y, rightWidth, displayHeight);
        Rectangle charts = new Rectangle(screen.x + consoleWidth, screen.y + displayHeight, rightWidth, screen.height - displayHeight);
        return new WindowLayout(console, display, charts);
    }
}
