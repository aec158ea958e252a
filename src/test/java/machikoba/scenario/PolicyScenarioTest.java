package machikoba.scenario;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optional policy block: left out, every lever is off; given in part, the rest comes from the
 * defaults; a bad lever names its file, line and field as every scenario error does.
 */
class PolicyScenarioTest {
    final String ota = NetworkScenarioTest.read("scenarios/ota.yaml");

    static int lineOf(String yaml, String text) { return NetworkScenarioTest.lineOf(yaml, text); }

    ScenarioError rejected(String yaml) {
        return assertThrows(ScenarioError.class, () -> ScenarioLoader.parse("bad.yaml", yaml, Map.of()));
    }

    @Test
    void withoutAPolicyBlockEveryLeverIsOff() {
        Scenario.Policy p = ScenarioLoader.parse("ota.yaml", ota, Map.of()).policy();
        assertEquals(0, p.salespersons().visitsPerYear());
        assertEquals(0, p.keyPerson().visitsPerYear());
        assertEquals(0, p.liaison().projectsPerYear());
        assertEquals(0, p.grants().projectsPerYear());
        assertEquals(0, p.plaza().size());
        assertEquals(0.0, p.backedLoans().takeUp());
        assertEquals(0, p.subcontractingRules().noteDelayCapMonths());
        assertEquals(false, p.subcontractingRules().banCutsAfterAgreement());
    }

    @Test
    void aPartialBlockKeepsTheDefaultsOfWhatItLeavesOut() {
        Scenario.Policy p = ScenarioLoader.parse("ota.yaml", ota + "\npolicy:\n  salespersons:\n    visitsPerYear: 200\n", Map.of()).policy();
        assertEquals(200, p.salespersons().visitsPerYear());
        assertEquals(2002, p.salespersons().startYear());
        assertEquals(1998, p.backedLoans().year());
    }

    @Test
    void leversAreSetByPathWithoutABlock() {
        Scenario.Policy p = ScenarioLoader.parse("ota.yaml", ota, Map.of("policy.liaison.target", "town",
                "policy.backedLoans.repayOldShare", "0.8")).policy();
        assertEquals("town", p.liaison().target());
        assertEquals(0.8, p.backedLoans().repayOldShare());
    }

    @Test
    void anUnknownLeverKeyNamesItsLine() {
        String bad = ota + "\npolicy:\n  salespersons:\n    visitsPerYaer: 200\n";
        ScenarioError e = rejected(bad);
        assertEquals(lineOf(bad, "visitsPerYaer"), e.line());
        assertTrue(e.getMessage().contains("unknown key 'visitsPerYaer'") && e.getMessage().contains("visitsPerYear"), e.getMessage());
    }

    @Test
    void aLeverOutOfRangeNamesItsLineAndRange() {
        String bad = ota + "\npolicy:\n  backedLoans:\n    repayOldShare: 1.5\n";
        ScenarioError e = rejected(bad);
        assertEquals(lineOf(bad, "repayOldShare: 1.5"), e.line());
        assertEquals("policy.backedLoans.repayOldShare", e.field());
        assertEquals("expected a value from 0 to 1, got 1.5", e.getMessage());
    }

    @Test
    void anUnknownTargetAndYearsTheWrongWayRoundAreErrors() {
        ScenarioError t = rejected(ota + "\npolicy:\n  liaison:\n    target: everyone\n");
        assertEquals("policy.liaison.target", t.field());
        assertTrue(t.getMessage().contains("competent, town"), t.getMessage());
        ScenarioError y = rejected(ota + "\npolicy:\n  grants:\n    startYear: 2005\n    endYear: 2000\n");
        assertEquals("policy.grants.endYear", y.field());
        ScenarioError w = rejected(ota + "\npolicy:\n  keyPerson:\n    visitsPerYear: many\n");
        assertEquals("policy.keyPerson.visitsPerYear", w.field());
    }
}
