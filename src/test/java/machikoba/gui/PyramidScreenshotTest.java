package machikoba.gui;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Console display under a virtual X server: {@code gui --screenshot} runs two years of
 * Ota at the default scale as a separate program, and the picture must show the pyramid in
 * several of the firms' state colours, not a blank window. Skipped (and reported as skipped)
 * where xvfb-run is not installed; CI installs it.
 */
class PyramidScreenshotTest {

    @Test
    void screenshotShowsThePyramidInSeveralStateColours() throws Exception {
        assumeTrue(onPath("xvfb-run"), "xvfb-run is not installed: the GUI screenshot test is SKIPPED "
                + "(apt-get install -y xvfb xauth to run it)");
        Path png = Path.of("target", "gui-test", "pyramid.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Path log = png.resolveSibling("gui.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
                java, "-cp", System.getProperty("java.class.path"), "machikoba.Machikoba",
                "gui", "scenarios/ota.yaml", "--screenshot", png.toString(), "--steps", "24"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(300, TimeUnit.SECONDS);
        if (!finished) p.destroyForcibly();
        assertTrue(finished, "gui --screenshot did not finish in 300 s; see " + log);
        assertEquals(0, p.exitValue(), () -> "gui --screenshot failed: " + read(log));
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

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }
}
