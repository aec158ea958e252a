package machikoba.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance: the three district scenarios as shipped pass every target beside them, with few
 * replications (the full check is `validate` with 20; docs/ODD.md section 9 has its table).
 */
class DistrictValidationTest {
    @TempDir Path tmp;

    @Test
    void otaHigashiOsakaAndKyotoPassTheirTargets() throws Exception {
        Validation.Report r = Validation.run(List.of(Path.of("scenarios/ota.yaml"), Path.of("scenarios/higashi-osaka.yaml"),
                Path.of("scenarios/kyoto.yaml")), 4, 2, tmp.resolve("validation"));
        String failed = r.rows().stream().filter(x -> !x.pass())
                .map(x -> x.scenario() + "/" + x.target() + ": simulated " + x.simMean() + " vs " + x.observed())
                .collect(Collectors.joining("; "));
        assertTrue(failed.isEmpty(), failed);
    }
}
