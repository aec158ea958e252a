package machikoba.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance: the three district scenarios as shipped pass every target beside them, with few
 * replications (the full check is `validate` with 20; docs/ODD.md section 9 has its table), but
 * the targets listed as waiting for recalibration.
 */
class DistrictValidationTest {
    /**
     * Targets that fail at this branch's base (ebd3968): after the economics changed and Ota was
     * recalibrated, Ota's network shares came out too high (members active 0.39 against 0.25 ± 0.08,
     * active in several 0.31 against 0.20 ± 0.08, the same bits with or without this branch's
     * changes: OutputPinTest). Main re-tuned the networks' engagement in 5b9524a and emptied this
     * list in 8f3c715; at a merge main's version wins. A target listed here that passes fails the
     * test, so the list cannot go stale.
     */
    private static final Set<String> PENDING_RECALIBRATION = Set.of(
            "ota/members_active_1996_2000", "ota/active_in_several_1996_2000");

    @TempDir Path tmp;

    @Test
    void otaHigashiOsakaAndKyotoPassTheirTargets() throws Exception {
        Validation.Report r = Validation.run(List.of(Path.of("scenarios/ota.yaml"), Path.of("scenarios/higashi-osaka.yaml"),
                Path.of("scenarios/kyoto.yaml")), 4, 2, tmp.resolve("validation"));
        String failed = r.rows().stream().filter(x -> !x.pass() && !PENDING_RECALIBRATION.contains(x.scenario() + "/" + x.target()))
                .map(x -> x.scenario() + "/" + x.target() + ": simulated " + x.simMean() + " vs " + x.observed())
                .collect(Collectors.joining("; "));
        assertTrue(failed.isEmpty(), failed);
        String stale = r.rows().stream().filter(x -> x.pass() && PENDING_RECALIBRATION.contains(x.scenario() + "/" + x.target()))
                .map(x -> x.scenario() + "/" + x.target()).collect(Collectors.joining(", "));
        assertTrue(stale.isEmpty(), "passes now, remove from PENDING_RECALIBRATION: " + stale);
    }
}
