package machikoba.cli;

import machikoba.model.District;

import machikoba.gui.DistrictWithUI;
import machikoba.gui.Lesson;
import machikoba.gui.ScreenshotRun;
import machikoba.gui.StudentWindows;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioError;
import machikoba.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens the MASON Console on a district: the production pyramid with its ties, live charts, "
                + "inspectors on firms and sliders for cost-down, payment delay and credit.",
                "With --screenshot it runs --steps months with the display repainted every month, saves the "
                + "picture, prints the rate against the model alone and exits (needs a display: on a server "
                + "use xvfb-run -a -s \"-screen 0 1600x1000x24\")."})
public final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/ota.yaml",
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).")
    Path scenarioFile;

    @Option(names = "--scale", defaultValue = "0.1", paramLabel = "S",
            description = {"Share of the scenario's firms to simulate, from 0 to 1 (default: ${DEFAULT-VALUE}).",
                    "The display is readable up to about a thousand firms; 1 runs the district at real size.",
                    "Only the number of firms changes (firms.count); shares, rates and assemblers stay."})
    double scale;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Run without the Console's controls, save the display to this PNG and exit.")
    Path screenshot;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "12",
            description = "Months to run before the screenshot (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--full-screenshot", paramLabel = "FILE.png",
            description = {"Open the GUI as a student does (Console, pyramid and charts side by side), press play, "
                    + "pause after --steps months, save the whole screen to this PNG, print where each window is and exit."})
    Path fullScreenshot;

    @Option(names = "--lesson", paramLabel = "N",
            description = "Open with a lesson set up (its number or a word of its title, e.g. 2 or crunch); see the Lessons tab.")
    String lesson;

    @Option(names = "--choose-firm",
            description = "With --full-screenshot: after the first month, click a dependent firm so its story is shown.")
    boolean chooseFirm;

    @Override
    public Integer call() throws Exception {
        if (!(scale > 0 && scale <= 1)) {
            throw new ScenarioError("--scale", 0, "", "expected a share of firms above 0 and at most 1, got " + scale);
        }
        if (steps < 1) throw new ScenarioError("--steps", 0, "", "expected at least 1 month, got " + steps);
        Scenario s = scaled(scenarioFile);
        HeapCheck.check(scenarioFile, s);
        Lesson chosen = lesson == null ? null : Lesson.find(lesson);
        if (lesson != null && chosen == null) {
            throw new ScenarioError("--lesson", 0, "", "expected a lesson's number (1-" + Lesson.ALL.size() + ") or a word of its title, got " + lesson);
        }
        if ((screenshot != null || fullScreenshot != null) && steps > s.period().months()) {
            throw new ScenarioError("--steps", 0, "", "expected at most the scenario's " + s.period().months() + " months, got " + steps);
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("machikoba: gui needs a display; on a server run it under xvfb-run -a -s \"-screen 0 1600x1000x24\"");
            return 1;
        }
        // a lesson's district comes from the same folder, at the same scale
        DistrictWithUI gui = new DistrictWithUI(new District(seed, s), name -> scaled(scenarioFile.resolveSibling(name + ".yaml")));
        if (screenshot != null) {
            ScreenshotRun.Timing t = ScreenshotRun.run(gui, screenshot, steps);
            System.out.printf(Locale.ROOT, "Machikoba gui: %s, %,d firms (scale %s), seed %d%n", s.name(), s.firms().count(), scale, seed);
            System.out.printf(Locale.ROOT, "  %d months in %.2f s with the display painted every month: %.1f months/s%n",
                    t.months(), t.nanos() / 1e9, t.monthsPerSecond());
            System.out.printf(Locale.ROOT, "  baseline       model alone, same months: %.1f months/s (the display runs at %.2f of it)%n",
                    t.modelOnlyMonthsPerSecond(), t.monthsPerSecond() / t.modelOnlyMonthsPerSecond());
            System.out.printf(Locale.ROOT, "  screenshot     %s%n", screenshot);
            return 0;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            Console c = StudentWindows.open(gui);
            c.addWindowListener(new WindowAdapter() {
                @Override public void windowClosed(WindowEvent e) { closed.countDown(); }
            });
            if (chosen != null) {
                gui.setUp(chosen);
                gui.showLessons();
            }
            console[0] = c;
        });
        if (fullScreenshot != null) {
            StudentWindows.play(gui, console[0], steps, chooseFirm);
            StudentWindows.saveScreen(fullScreenshot);
            for (String line : StudentWindows.describe()) System.out.println(line);
            System.out.printf(Locale.ROOT, "screenshot %s after %d months%n", fullScreenshot, gui.district().step());
            return 0;
        }
        closed.await();  // the Console may also end the program itself when its last window closes
        return 0;
    }

    /** The scenario in this file with --scale of its firms. */
    private Scenario scaled(Path file) {
        Scenario full = ScenarioLoader.load(file);
        long count = Math.max(1, Math.round(full.firms().count() * scale));
        return scale == 1 ? full : ScenarioLoader.load(file, Map.of("firms.count", Long.toString(count)));
    }
}
