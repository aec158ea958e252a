package machikoba.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import machikoba.Machikoba;
import machikoba.experiment.RunMetrics;
import machikoba.experiment.SingleRun;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * run --set ... --json as a black box, the way EMA Workbench, pyabc or OpenMOLE call a model:
 * a separate process whose whole stdout is one JSON object of the run's final metrics.
 */
class RunJsonTest {
    @Test
    void stdoutIsOneJsonObjectOfTheFinalMetrics(@TempDir Path tmp) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Machikoba.class.getName(),
                "run", Path.of("scenarios/ota.yaml").toAbsolutePath().toString(), "--set", "firms.count=300", "--set", "entry.rate=0.03", "--seed", "4",
                "--until", "1987", "--json"));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile())
                .redirectError(tmp.resolve("err").toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("err")));
        assertEquals(1, stdout.lines().count(), stdout);
        JsonNode o = new ObjectMapper().readTree(stdout);
        assertTrue(o.isObject());
        assertEquals(List.of(RunMetrics.NAMES), iterable(o));

        var s = ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("firms.count", "300", "entry.rate", "0.03"));
        double[] expected = RunMetrics.of(SingleRun.run(s, 4, 1987).rows());
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], o.get(RunMetrics.NAMES[i]).asDouble(), RunMetrics.NAMES[i]);
        assertFalse(Files.exists(tmp.resolve("output")), "no output folder without --out");
    }

    private static List<String> iterable(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aBadSetIsOneLineOnStderrAndNothingOnStdout() {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        var oldOut = System.out;
        var oldErr = System.err;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Machikoba.execute("run", "scenarios/ota.yaml", "--set", "firms.count=-5", "--json");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertEquals(Machikoba.BAD_INPUT, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, msg.strip().lines().count(), msg);
        assertTrue(msg.contains("firms.count: expected a whole number >= 1, got -5"), msg);
    }
}
