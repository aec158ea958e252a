package machikoba.scenario;

import machikoba.observe.Metric;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped targets files load, and respect the census study's significance marks [U-2009]. */
class ShippedTargetsTest {
    /** A change the study calls insignificant (its asterisk, "(insignificant)" in the source) must not be told apart from no change. */
    @Test
    void aToleranceIncludesZeroWhereTheStudyFoundNoSignificantChange() {
        int insignificant = 0;
        for (String n : new String[] {"ota", "higashi-osaka", "kyoto", "japan", "hitachi", "toyota", "sumida"}) {
            Path f = Path.of("scenarios/" + n + ".yaml");
            for (Targets.Target t : Targets.load(Targets.fileFor(f), Set.copyOf(Metric.columns()), ScenarioLoader.load(f)).targets()) {
                if (!t.source().contains("(insignificant)")) continue;
                insignificant++;
                assertTrue(Math.abs(t.observed()) <= t.tolerance(), n + "/" + t.name() + ": " + t.observed() + " ± " + t.tolerance() + " excludes 0");
            }
        }
        assertTrue(insignificant >= 7, "Ota's and Higashi Osaka's value added and five national figures are marked insignificant");
    }
}
