package machikoba.gui;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GUI as a student opens it on a laptop's 1366x768 screen (a virtual X server): {@code gui
 * --full-screenshot} opens the Console, the pyramid and the chart window, plays a few months
 * with the Console's play button, saves the whole screen and prints where each window is. Every
 * window must lie inside the screen and none may overlap another; the pyramid must be drawn.
 * Skipped (and reported as skipped) where xvfb-run is not installed; CI installs it.
 */
class StudentWindowsTest {
    private static final Pattern WINDOW = Pattern.compile("window \"(.*)\" at (-?\\d+),(-?\\d+) size (\\d+)x(\\d+)");
    private static final Pattern SCREEN = Pattern.compile("screen at (-?\\d+),(-?\\d+) size (\\d+)x(\\d+)");

    @Test
    void everyWindowFitsOnALaptopScreenBesideTheOthers() throws Exception {
        Path png = Path.of("target", "gui-test", "screen-1366x768.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        String out = Xvfb.run("1366x768", png.resolveSibling("windows.log"),
                "gui", "scenarios/ota.yaml", "--full-screenshot", png.toString(), "--steps", "6");

        Matcher sm = SCREEN.matcher(out);
        assertTrue(sm.find(), "no screen size printed: " + out);
        Rectangle screen = rect(sm, 1);
        assertEquals(new Rectangle(0, 0, 1366, 768), screen);
        List<Rectangle> windows = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Matcher m = WINDOW.matcher(out);
        while (m.find()) {
            titles.add(m.group(1));
            windows.add(rect(m, 2));
        }
        assertEquals(3, windows.size(), "expected the Console, the pyramid and the charts: " + titles);
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Production pyramid")), "no pyramid window: " + titles);
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Charts")), "no chart window: " + titles);
        for (int i = 0; i < windows.size(); i++) {
            assertTrue(screen.contains(windows.get(i)), "\"" + titles.get(i) + "\" " + windows.get(i) + " is not inside the screen");
            for (int j = i + 1; j < windows.size(); j++) {
                assertFalse(windows.get(i).intersects(windows.get(j)),
                        "\"" + titles.get(i) + "\" overlaps \"" + titles.get(j) + "\"");
            }
        }

        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1366, img.getWidth());
        assertEquals(768, img.getHeight());
        Rectangle pyramid = windows.get(titles.indexOf(titles.stream().filter(t -> t.startsWith("Production")).findFirst().orElseThrow()));
        long ink = 0, all = 0;
        for (int y = pyramid.y + 40; y < pyramid.y + pyramid.height; y += 2) {
            for (int x = pyramid.x; x < pyramid.x + pyramid.width - PyramidLegend.WIDTH - 20; x += 2) {
                all++;
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) ink++;
            }
        }
        assertTrue(ink > all / 20, "the pyramid is nearly blank on the screen: " + ink + " of " + all);
    }

    private static Rectangle rect(Matcher m, int from) {
        return new Rectangle(Integer.parseInt(m.group(from)), Integer.parseInt(m.group(from + 1)),
                Integer.parseInt(m.group(from + 2)), Integer.parseInt(m.group(from + 3)));
    }

}
