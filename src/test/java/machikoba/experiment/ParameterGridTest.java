package machikoba.experiment;

import machikoba.scenario.ScenarioError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParameterGridTest {
    @Test
    void rangeGivesEvenlySpacedDecimalValues() {
        assertEquals(List.of("0", "0.1", "0.2", "0.3"), ParameterGrid.parseAxis("a.b=0:0.3:4").values());
        assertEquals(List.of("1", "2.5", "x"), ParameterGrid.parseAxis("a.b=1,2.5,x").values());
    }

    @Test
    void severalSweepsMakeAGridWithTheFirstVaryingSlowest() {
        ParameterGrid g = new ParameterGrid(Map.of("firms.count", "300"),
                List.of(ParameterGrid.parseAxis("a=1,2"), ParameterGrid.parseAxis("b=x,y,z")));
        List<Map<String, String>> p = g.points();
        assertEquals(6, p.size());
        assertEquals(Map.of("firms.count", "300", "a", "1", "b", "x"), p.get(0));
        assertEquals(Map.of("firms.count", "300", "a", "1", "b", "z"), p.get(2));
        assertEquals(Map.of("firms.count", "300", "a", "2", "b", "x"), p.get(3));
        assertEquals(List.of("firms.count", "a", "b"), g.paths());
    }

    @Test
    void malformedSpecsAreScenarioErrors() {
        assertThrows(ScenarioError.class, () -> ParameterGrid.parseAxis("a=1:2"));
        assertThrows(ScenarioError.class, () -> ParameterGrid.parseAxis("a=2:1:3"));
        assertThrows(ScenarioError.class, () -> ParameterGrid.parseAxis("a="));
        assertThrows(ScenarioError.class, () -> ParameterGrid.parseSets(List.of("novalue")));
    }
}
