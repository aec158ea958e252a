package machikoba.experiment;

import machikoba.Machikoba;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shards 1..N of a batch, merged, are the unsharded batch byte for byte; shards of other commands are refused. */
class ShardMergeTest {
    @TempDir static Path tmp;
    static Path whole;

    static List<String> batch(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("batch", "scenarios/ota.yaml", "--set", "firms.count=200", "--until", "1986",
                "--replications", "3", "--sweep", "assemblers.costDown.rate=0.01,0.03", "--threads", "1", "--out", out.toString()));
        a.addAll(List.of(more));
        return a;
    }

    static int run(List<String> args) { return Machikoba.execute(args.toArray(String[]::new)); }

    @BeforeAll
    static void unsharded() {
        whole = tmp.resolve("whole");
        assertEquals(0, run(batch(whole)));
    }

    static List<Path> shards(String name, int n) {
        List<Path> dirs = new ArrayList<>();
        for (int i = n; i >= 1; i--) { // any order
            Path d = tmp.resolve(name + "-shard-" + i);
            assertEquals(0, run(batch(d, "--shard", i + "/" + n)));
            dirs.add(d);
        }
        return dirs;
    }

    @ParameterizedTest(name = "{0} shards")
    @ValueSource(ints = {1, 3, 7})
    void mergedShardsAreTheUnshardedBatchByteForByte(int n) throws Exception {
        List<Path> dirs = shards("n" + n, n);
        long runs = 0;
        for (Path d : dirs) {
            assertFalse(Files.exists(d.resolve("runs.csv")), "a shard writes only its runs");
            try (var s = Files.list(d.resolve("runs"))) { runs += s.filter(p -> p.toString().endsWith(".metrics.csv")).count(); }
        }
        assertEquals(6, runs, "each run in exactly one shard");
        Path merged = tmp.resolve("merged-" + n);
        List<String> args = new ArrayList<>(List.of("merge", merged.toString()));
        dirs.forEach(d -> args.add(d.toString()));
        assertEquals(0, run(args));
        BatchFolders.assertSameBytes(whole, merged);
    }

    @Test
    void shardsOfDifferentCommandsAreRefused() {
        Path a = tmp.resolve("a-shard-1"), b = tmp.resolve("b-shard-2"), out = tmp.resolve("refused");
        assertEquals(0, run(batch(a, "--shard", "1/2")));
        List<String> other = batch(b, "--shard", "2/2", "--seed", "5");
        assertEquals(0, run(other));
        String err = stderrOf(List.of("merge", out.toString(), a.toString(), b.toString()));
        assertTrue(err.startsWith("machikoba: " + b.resolve("manifest.txt") + ": expected a shard of the same batch"), err);
        assertTrue(err.contains("base_seed: 5"), err);
        assertEquals(1, err.strip().lines().count(), err);
        // a missing shard is named
        err = stderrOf(List.of("merge", out.toString(), a.toString()));
        assertTrue(err.contains("got no shard 2/2"), err);
        assertFalse(Files.exists(out), "nothing written");
        // a bad --shard
        err = stderrOf(batch(tmp.resolve("bad"), "--shard", "3/2"));
        assertTrue(err.contains("--shard: expected I/N with 1 <= I <= N, got 3/2"), err);
    }

    private static String stderrOf(List<String> args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(Machikoba.BAD_INPUT, run(args));
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
