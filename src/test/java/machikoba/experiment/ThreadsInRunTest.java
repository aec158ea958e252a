package machikoba.experiment;

import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A run on several threads within each month (firms of a tier producing at the same time, the
 * observer reading firms at the same time) must give the same output, to the bit, as on one.
 */
class ThreadsInRunTest {
    @Test
    void otaWholePeriodIsTheSameOnOneTwoAndThreeThreads() {
        var s = ScenarioLoader.load(Path.of("scenarios/ota.yaml"));
        SingleRun.Result one = SingleRun.run(s, 3, null, 1);
        assertSame(one, SingleRun.run(s, 3, null, 2));
        assertSame(one, SingleRun.run(s, 3, null, 3));
    }

    @Test
    void nationalScenarioScaledDownIsTheSameOnOneAndTwoThreads() {
        var s = Benchmark.scaled(Path.of("scenarios/japan.yaml"), 40_000);
        SingleRun.Result one = SingleRun.run(s, 1, 1987, 1);
        assertSame(one, SingleRun.run(s, 1, 1987, 2));
    }

    private static void assertSame(SingleRun.Result a, SingleRun.Result b) {
        assertEquals(a.rows().size(), b.rows().size());
        for (int i = 0; i < a.rows().size(); i++) assertArrayEquals(a.rows().get(i), b.rows().get(i), 0.0, "month " + i);
        assertEquals(a.firms().size(), b.firms().size());
        for (int i = 0; i < a.firms().size(); i++) assertArrayEquals(a.firms().get(i), b.firms().get(i), "firm row " + i);
        assertNetworkRows(a.networks(), b.networks());
    }

    private static void assertNetworkRows(List<Object[]> a, List<Object[]> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i), b.get(i), "network row " + i);
    }
}
