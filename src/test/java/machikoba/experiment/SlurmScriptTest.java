package machikoba.experiment;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/slurm-batch.sh, its array tasks run one after another as Slurm would run them side by
 * side, then its merge job: the result is the unsharded batch, byte for byte.
 */
class SlurmScriptTest {
    static final List<String> OPTIONS = List.of("scenarios/ota.yaml", "--set", "firms.count=200", "--until", "1986",
            "--replications", "2", "--sweep", "entry.rate=0.01,0.02", "--threads", "1", "--no-figures");

    static void step(Path tmp, String step, Integer task, Path out) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "scripts/slurm-batch.sh", "3", out.toString()));
        cmd.addAll(OPTIONS);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log-" + step + task).toFile());
        Map<String, String> env = pb.environment();
        env.put("MACHIKOBA", Path.of(System.getProperty("java.home"), "bin", "java") + " -Xmx1g -XX:+UseSerialGC"
                + " -Djava.awt.headless=true -cp " + System.getProperty("java.class.path") + " " + Machikoba.class.getName());
        env.put("MACHIKOBA_STEP", step);
        if (task != null) env.put("SLURM_ARRAY_TASK_ID", task.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "step " + step + " timed out");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("log-" + step + task)));
    }

    @Test
    void arrayTasksThenMergeEqualTheUnshardedBatch(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("cluster");
        for (int i = 1; i <= 3; i++) step(tmp, "shard", i, out);
        step(tmp, "merge", null, out);
        Path whole = tmp.resolve("whole");
        List<String> args = new ArrayList<>(List.of("batch"));
        args.addAll(OPTIONS);
        args.addAll(List.of("--out", whole.toString()));
        assertEquals(0, Machikoba.execute(args.toArray(String[]::new)));
        for (String f : List.of("runs.csv", "timeseries.csv", "summary.csv", "points.csv", "manifest.txt")) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(out.resolve(f)), f);
        }
    }
}
