package machikoba.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The networks, networkPolicy and networkBehaviour sections: bad values name their line; levers can be overridden. */
class NetworkScenarioTest {
    final String ota = read("scenarios/ota.yaml");

    static String read(String p) {
        try { return Files.readString(Path.of(p)); } catch (IOException e) { throw new RuntimeException(e); }
    }

    static int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text);
    }

    ScenarioError rejected(String yaml) {
        return assertThrows(ScenarioError.class, () -> ScenarioLoader.parse("bad.yaml", yaml, Map.of()));
    }

    @Test
    void anUnknownOriginNamesItsLine() {
        String bad = ota.replace("    origin: government     # initiated by local government", "    origin: emperor     # initiated by local government");
        ScenarioError e = rejected(bad);
        assertEquals(lineOf(bad, "origin: emperor"), e.line());
        assertTrue(e.field().equals("networks[0].origin") && e.getMessage().contains("firm, chamber, government, parent"), e.getMessage());
    }

    @Test
    void anAgeLimitOutOfRangeNamesItsLine() {
        String bad = ota.replace("  ageLimit: 0              # age limit", "  ageLimit: 7              # age limit");
        ScenarioError e = rejected(bad);
        assertEquals(lineOf(bad, "ageLimit: 7"), e.line());
        assertTrue(e.field().equals("networkPolicy.ageLimit"), e.getMessage());
    }

    @Test
    void anUnknownMembershipRuleIsRejected() {
        String bad = ota.replace("{rule: location, size: 7000,", "{rule: lottery, size: 7000,");
        ScenarioError e = rejected(bad);
        assertEquals(lineOf(bad, "rule: lottery"), e.line());
        assertTrue(e.field().equals("networks[0].membership.rule"), e.getMessage());
    }

    @Test
    void theLeversCanBeSetByPathIncludingSwitches() {
        Scenario s = ScenarioLoader.parse("ota.yaml", ota, Map.of("networkPolicy.topDown", "false",
                "networkPolicy.localSupport", "0.5", "networkBehaviour.neutral", "true"));
        assertEquals(false, s.networkPolicy().topDown());
        assertEquals(0.5, s.networkPolicy().localSupport());
        assertEquals(true, s.networkBehaviour().neutral());
        ScenarioError e = assertThrows(ScenarioError.class,
                () -> ScenarioLoader.parse("ota.yaml", ota, Map.of("networkPolicy.topDown", "maybe")));
        assertTrue(e.getMessage().contains("true or false"), e.getMessage());
    }

    @Test
    void allThreeDistrictsLoad() {
        for (String name : new String[] {"ota", "higashi-osaka", "kyoto"}) {
            Scenario s = ScenarioLoader.load(Path.of("scenarios/" + name + ".yaml"));
            assertTrue(!s.networks().isEmpty(), name);
        }
    }
}
