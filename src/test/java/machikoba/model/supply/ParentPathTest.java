package machikoba.model.supply;

import machikoba.model.Assembler;
import machikoba.model.District;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent group follows its own path; the district's other buyers keep the macro path. */
class ParentPathTest {
    /** Ota at 400 firms with one parent group: the largest assembler, 60% of the start orders, demand doubling in 1986. */
    static Scenario withParent() throws Exception {
        String text = Files.readString(Path.of("scenarios/ota.yaml")).replaceFirst("(?m)^  count: 8897", "  count: 400");
        StringBuilder p = new StringBuilder("\nparents:\n  - name: Parent\n    assemblers: 1\n    share: 0.6\n    associationNoteMonths: 0\n    path:\n");
        for (int y = 1985; y <= 2007; y++) {
            p.append("      - {year: ").append(y).append(", demand: ").append(y == 1985 ? "1.0" : "2.0")
                    .append(", offshoring: ").append(y < 1990 ? "0.0" : "0.5").append(", inhouse: 0.2}\n");
        }
        return ScenarioLoader.parse("ota-with-parent.yaml", text + p, Map.of());
    }

    @Test
    void itsDemandIsRelativeToItsStartYearAndMovesByMonth() throws Exception {
        Scenario s = withParent();
        ParentPath path = new ParentPath(s.parents().get(0), s.period());
        assertEquals(1.0, path.domesticDemand(1985, 1), 1e-12);
        assertEquals(1.5, path.domesticDemand(1985, 7), 1e-12, "halfway to next year's level by July");
        assertEquals(2.0, path.domesticDemand(1986, 1), 1e-12);
        assertEquals(0.0, path.offshoring(1989), 0);
        assertEquals(0.5, path.offshoring(1990), 0);
    }

    @Test
    void theLargestAssemblerFollowsItAndPlacesItsShareTheOthersFollowTheMacroPath() throws Exception {
        District d = new District(1, withParent());
        d.start();
        Assembler parent = d.assemblers().get(0);
        assertTrue(parent.fate() != null);
        for (int i = 1; i < d.assemblers().size(); i++) assertNull(d.assemblers().get(i).fate());
        double all = 0;
        for (Assembler a : d.assemblers()) all += a.placedVolume();
        double share = parent.placedVolume() / all;
        assertTrue(Math.abs(share - 0.6) < 0.1, "the parent places about its share of the start orders: " + share);
        while (d.schedule.getSteps() < 13) d.schedule.step(d); // to January 1986
        assertEquals(2.0, parent.getActivity(), 1e-12, "its own demand");
        assertEquals(d.macro().domesticDemand(), d.assemblers().get(1).getActivity(), 1e-12, "the shared macro path");
        int before = parent.getSupplierCount();
        while (d.schedule.getSteps() < 12 * 5 + 1) d.schedule.step(d); // past December 1989, when its offshoring rises to half
        assertTrue(parent.getSupplierCount() < 0.75 * before, "half its production abroad takes whole supplier relationships with it: " + parent.getSupplierCount() + " of " + before);
    }
}
