package machikoba.scenario;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The optional firms.sizeExponent: absent, firms spread evenly in their class; out of range, a clear error. */
class SizeExponentScenarioTest {
    final String ota = NetworkScenarioTest.read("scenarios/ota.yaml");

    @Test
    void absentMeansAnEvenSpread() {
        assertEquals(0.0, ScenarioLoader.parse("ota.yaml", ota, Map.of()).firms().sizeExponent());
    }

    @Test
    void givenItIsRead() {
        String yaml = ota.replaceFirst("(?m)^(  utilisation: .*)$", "$1\n  sizeExponent: 2.0");
        assertEquals(2.0, ScenarioLoader.parse("ota.yaml", yaml, Map.of()).firms().sizeExponent());
    }

    @Test
    void outOfRangeNamesTheFieldAndLine() {
        String yaml = ota.replaceFirst("(?m)^(  utilisation: .*)$", "$1\n  sizeExponent: 9");
        ScenarioError e = assertThrows(ScenarioError.class, () -> ScenarioLoader.parse("bad.yaml", yaml, Map.of()));
        assertEquals(NetworkScenarioTest.lineOf(yaml, "sizeExponent: 9"), e.line());
        assertEquals("expected a value from 0 to 4, got 9", e.getMessage());
        assertEquals("firms.sizeExponent", e.field());
    }
}
