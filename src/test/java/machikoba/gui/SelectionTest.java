package machikoba.gui;

import machikoba.model.District;
import machikoba.model.Firm;
import machikoba.model.SupplyLink;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import sim.portrayal.LocationWrapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A click on a firm (MASON selects it through its portrayal) chooses it once; its ties are the highlighted ones. */
class SelectionTest {

    @Test
    void aClickChoosesTheFirmAndLightsUpItsTies() {
        District d = new District(2, ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("firms.count", "300")));
        d.start();
        Selection selection = new Selection();
        List<Firm> told = new ArrayList<>();
        FirmPortrayal portrayal = new FirmPortrayal(new PyramidLayout(selection), selection, f -> {
            told.add(f);
            selection.choose(f);
        });
        Firm f = d.tier(3).get(0);
        portrayal.setSelected(new LocationWrapper(f, null, null), true);
        portrayal.setSelected(new LocationWrapper(f, null, null), false);  // MASON clears before it selects again
        portrayal.setSelected(new LocationWrapper(f, null, null), true);
        assertEquals(List.of(f), told, "clicking the chosen firm again must not restart its story");
        assertTrue(selection.isChosen(f));
        for (SupplyLink l : f.customers()) if (!l.isDead() && !l.toMarket()) assertTrue(selection.touches(l));
        Firm other = d.tier(4).get(0);
        boolean otherRelated = false;
        for (SupplyLink l : f.subcontractors()) otherRelated |= l.supplier() == other;
        assertEquals(otherRelated, selection.isRelated(other));
        assertFalse(selection.isChosen(other));
    }
}
