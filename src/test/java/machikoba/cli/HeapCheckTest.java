package machikoba.cli;

import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioError;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The national scenario needs about 1.2 GB of heap; the check says so before building it. */
class HeapCheckTest {
    private static final Path JAPAN = Path.of("scenarios/japan.yaml");
    private static final long MB = 1L << 20;

    @Test
    void theNationalRunFitsInTwoGigabytesButNotInOne() {
        Scenario japan = ScenarioLoader.load(JAPAN);
        assertDoesNotThrow(() -> HeapCheck.check(JAPAN, List.of(japan), 1, 2048 * MB));
        ScenarioError e = assertThrows(ScenarioError.class, () -> HeapCheck.check(JAPAN, List.of(japan), 1, 1024 * MB));
        assertEquals("firms.count", e.field());
        assertEquals(23, e.line(), "the line of firms.count in japan.yaml");
        assertTrue(e.getMessage().startsWith("expected at most ") && e.getMessage().endsWith(", got 435,000"), e.getMessage());
        assertTrue(e.getMessage().contains("1,024 MB") && e.getMessage().contains("-Xmx2g"), e.getMessage());
    }

    @Test
    void districtsBuiltAtOnceShareTheHeap() {
        Scenario japan = ScenarioLoader.load(JAPAN);
        assertDoesNotThrow(() -> HeapCheck.check(JAPAN, List.of(japan), 1, 2048 * MB));
        ScenarioError e = assertThrows(ScenarioError.class, () -> HeapCheck.check(JAPAN, List.of(japan), 2, 2048 * MB));
        assertTrue(e.getMessage().contains("a district") && e.getMessage().contains("for 2 districts at once")
                && e.getMessage().contains("fewer --threads"), e.getMessage());
    }

    @Test
    void tooManyAssemblersAreNamed() {
        Scenario many = ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("assemblers.count", "2000000000"));
        ScenarioError e = assertThrows(ScenarioError.class, () -> HeapCheck.check(Path.of("scenarios/ota.yaml"), many));
        assertEquals("assemblers.count", e.field());
        assertEquals(79, e.line());
    }

    /** The estimate is of the measured order: 1 to 1.5 GB for the national run (README). */
    @Test
    void theEstimateForTheNationalRunIsAboutAGigabyte() {
        double gb = HeapCheck.bytes(ScenarioLoader.load(JAPAN)) / (1L << 30);
        assertTrue(gb > 0.7 && gb < 1.5, "estimate " + gb + " GB");
    }
}
