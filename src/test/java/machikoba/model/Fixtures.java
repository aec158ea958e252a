package machikoba.model;

import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A small Ota for tests, and hand-made firms and links for mechanism tests. */
final class Fixtures {
    private Fixtures() { }

    static Scenario smallOta(int firms, String... overrides) {
        Map<String, String> o = new HashMap<>();
        o.put("firms.count", Integer.toString(firms));
        o.put("assemblers.count", "5");
        for (int i = 0; i + 1 < overrides.length; i += 2) o.put(overrides[i], overrides[i + 1]);
        return ScenarioLoader.load(Path.of("scenarios/ota.yaml"), o);
    }

    /** A started district; the schedule has not stepped yet. */
    static District district(int firms, long seed, String... overrides) {
        District d = new District(seed, smallOta(firms, overrides));
        d.start();
        return d;
    }

    static Firm firm(District d, int tier, int employees) {
        Firm f = d.newFirm(tier, 0);
        f.employees = employees;
        f.setTechLevel(1);
        f.unitCost = 1;
        f.maxTopShare = 1;
        f.capacity = employees * d.params.outputPerWorkerMonthly;
        f.ownerAge = 50;
        f.retirementAge = 70;
        return f;
    }

    /** A link whose supplier earns {@code sales} a month on it. */
    static SupplyLink link(Buyer b, Firm f, double volume, double sales) {
        SupplyLink l = new SupplyLink(b, f, volume, 0);
        l.salesEma = sales;
        f.customers.add(l);
        f.setSalesEma(f.salesEma + sales);
        if (b instanceof Assembler a) a.suppliers.add(l);
        else if (b instanceof Firm bf) bf.addSubcontractor(l);
        return l;
    }
}
