package machikoba.gui;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real Console display under a virtual X server: {@code gui --screenshot} runs two years of
 * Ota at the default scale as a separate program, and the picture must show the pyramid in
 * several of the firms' state colours, not a blank window. Skipped (and reported as skipped)
 * where xvfb-run is not installed; CI installs it.
 */
class PyramidScreenshotTest {

    @Test
    void screenshotShowsThePyramidInSeveralStateColours() throws Exception {
        Path png = Path.of("target", "gui-test", "pyramid.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Xvfb.run("1600x1000", png.resolveSibling("gui.log"), "gui", "scenarios/ota.yaml", "--screenshot", png.toString(), "--steps", "24");
        assertTrue(Files.size(png) > 0);

        BufferedImage img = ImageIO.read(png.toFile());
        // the pyramid only: leave out the legend in the top-right corner, which would show its colours anyway
        int w = img.getWidth() - PyramidLegend.WIDTH - 20, h = img.getHeight();
        assertTrue(w > 400 && h > 300, "display too small: " + img.getWidth() + "x" + img.getHeight());
        Set<Integer> colours = new HashSet<>();
        long ink = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) ink++;
            }
        }
        double inked = (double) ink / ((long) w * h);
        assertTrue(inked > 0.05, "the pyramid is nearly blank: " + inked + " of pixels drawn");
        assertTrue(colours.size() >= 8, "only " + colours.size() + " colours");
        int states = 0;
        for (FirmLook look : FirmLook.values()) if (colours.contains(look.colour.getRGB() & 0xFFFFFF)) states++;
        assertTrue(states >= 3, "only " + states + " of the firms' state colours appear in the pyramid");
    }

}
