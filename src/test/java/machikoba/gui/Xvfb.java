package machikoba.gui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs the program's command line as a separate process on a virtual X screen, for the GUI tests. */
final class Xvfb {
    private Xvfb() { }

    /**
     * Runs {@code machikoba ARGS} under xvfb-run on a screen of the given size ("1366x768"),
     * output to the log, and returns the output; the test is skipped where xvfb-run is missing.
     */
    static String run(String screen, Path log, String... args) throws Exception {
        assumeTrue(onPath("xvfb-run"), "xvfb-run is not installed: the GUI test is SKIPPED "
                + "(apt-get install -y xvfb xauth to run it)");
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 " + screen + "x24",
                java, "-cp", System.getProperty("java.class.path"), "machikoba.Machikoba"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = p.waitFor(300, TimeUnit.SECONDS);
        if (!finished) p.destroyForcibly();
        assertTrue(finished, String.join(" ", args) + " did not finish in 300 s; see " + log);
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), () -> String.join(" ", args) + " failed: " + out);
        return out;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }
}
