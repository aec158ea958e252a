package machikoba.gui;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The student's windows fit on a laptop's and a desktop's screen, side by side, and fill it. */
class WindowLayoutTest {

    @Test
    void windowsFitTheScreenWithoutOverlapping() {
        for (Rectangle screen : List.of(new Rectangle(0, 0, 1366, 768), new Rectangle(0, 0, 1920, 1080),
                new Rectangle(0, 27, 1366, 741))) {  // a desktop with a bar along the top
            WindowLayout l = WindowLayout.of(screen);
            List<Rectangle> all = List.of(l.console(), l.display(), l.charts());
            long area = 0;
            for (int i = 0; i < all.size(); i++) {
                assertTrue(screen.contains(all.get(i)), all.get(i) + " is not inside " + screen);
                area += (long) all.get(i).width * all.get(i).height;
                for (int j = i + 1; j < all.size(); j++) {
                    assertFalse(all.get(i).intersects(all.get(j)), all.get(i) + " overlaps " + all.get(j));
                }
            }
            assertTrue(area == (long) screen.width * screen.height, "the windows leave part of " + screen + " unused");
            assertTrue(l.console().width >= WindowLayout.CONSOLE_MIN, "the Console is too narrow for its controls");
        }
    }
}
