package machikoba.model;

import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A small Ota for tests, and hand-made firms and links for mechanism tests. */
public final class Fixtures {
    private Fixtures() { }

    public static Scenario smallOta(int firms, String... overrides) {
        Map<String, String> o = new HashMap<>();
        o.put("firms.count", Integer.toString(firms));
        o.put("assemblers.count", "5");
        for (int i = 0; i + 1 < overrides.length; i += 2) o.put(overrides[i], overrides[i + 1]);
        return ScenarioLoader.load(Path.of("scenarios/ota.yaml"), o);
    }

    /** A started district; the schedule has not stepped yet. */
    public static District district(int firms, long seed, String... overrides) {
        District d = new District(seed, smallOta(firms, overrides));
        d.start();
        return d;
    }

    /** A firm of the given tier and size at technology, unit cost and productivity 1, no stance, owner 50 retiring at 70. */
    public static Firm firm(District d, int tier, int employees) {
        Firm f = d.newFirm(tier, 0);
        f.setEmployees(employees);
        f.setTechLevel(1);
        f.describe(1, 0, 1, false);
        f.equipForStaff();
        f.newOwner(50, 70);
        return f;
    }

    /** A link whose supplier earns {@code sales} a month on it. */
    public static SupplyLink link(Buyer b, Firm f, double volume, double sales) {
        return SupplyLink.madeEarning(b, f, volume, sales);
    }
}
