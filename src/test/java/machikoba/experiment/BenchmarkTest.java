package machikoba.experiment;

import machikoba.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkTest {
    private static final Path JAPAN = Path.of("scenarios/japan.yaml");

    @Test
    void scalingKeepsFirmsPerAssembler() {
        Scenario s = Benchmark.scaled(JAPAN, 10_000);
        assertEquals(10_000, s.firms().count());
        assertEquals(7, s.assemblers().count()); // 300 * 10,000 / 435,000 = 6.9
        assertEquals(1, Benchmark.scaled(JAPAN, 100).assemblers().count(), "never fewer than one assembler");
    }

    @Test
    void measuresModelAndFloorOverTheSameMonths() {
        Benchmark.Measurement m = Benchmark.measure(Benchmark.scaled(JAPAN, 500), 1, 13);
        assertEquals(13, m.months());
        assertEquals(500L * 13, m.floorAgentMonths());
        // firm-months are counted from the observer: near 500 a month, never the floor's exact count by construction
        assertTrue(m.firmMonths() > 13 * 400 && m.firmMonths() < 13 * 600, "firm-months " + m.firmMonths());
        assertTrue(m.runSeconds() > 0 && m.floorSeconds() > 0);
        assertTrue(m.peakHeapBytes() > 0 && m.retainedHeapBytes() > 0);
        assertEquals(m.nanosPerFirmMonth() / m.floorNanosPerAgentMonth(), m.ratio(), 1e-9);
    }

    @Test
    void floorStepsEveryAgentEveryMonth() {
        // floor() itself checks the agents' tick count and throws if MASON skipped any
        assertTrue(Benchmark.floor(1000, 3) > 0);
    }

    @Test
    void medianOfRepeatsIsTheMiddleRatio() {
        assertEquals(2.0, Benchmark.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Benchmark.median(new double[] {4, 1, 2, 3}));
    }
}
