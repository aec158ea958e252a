package machikoba.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A loss profile holds one parameter at each grid value, calibrates the others again, and finds the value that made the data. */
class LossProfileTest {
    @TempDir Path tmp;

    @Test
    void theProfileIsLowestNearTheValueThatMadeTheTarget() throws IOException {
        Path s = CalibrationTest.smallOta(tmp, 400);
        CalibrationTest.targetFromEntryRate(tmp, s, 0.10);
        // a nuisance parameter the firm count barely feels, calibrated again at each point
        List<Calibration.Param> others = List.of(new Calibration.Param("economy.rdShare", 0.03, 0.07));
        List<LossProfile.Point> profile = LossProfile.run(List.of(s), "entry.rate", 0.0, 0.2, 3, others, List.of(), 2, 6, 2, 1,
                tmp.resolve("profile"), null);
        assertEquals(3, profile.size());
        assertEquals(0.1, LossProfile.best(profile).value(), 1e-12, "the middle of the grid made the data");
        assertTrue(profile.get(0).best().loss() > 4 * profile.get(1).best().loss() && profile.get(2).best().loss() > 4 * profile.get(1).best().loss(),
                "a clear minimum: " + profile.stream().map(p -> p.best().loss()).toList());
        String csv = Files.readString(tmp.resolve("profile/profile/profile.csv"));
        assertEquals(4, csv.lines().count(), csv);
        assertTrue(Files.size(tmp.resolve("profile/profile/profile.png")) > 0 && Files.exists(tmp.resolve("profile/profile/profile.svg")));
        // each point held the profiled value fixed
        for (String line : Files.readString(tmp.resolve("profile/point-1/calibration.csv")).lines().skip(1).toList()) {
            assertEquals(0.0, Double.parseDouble(line.split(",")[1]), 0, line);
        }
    }
}
