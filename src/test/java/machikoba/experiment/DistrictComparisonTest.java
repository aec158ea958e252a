package machikoba.experiment;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The districts side by side: one row per district from its own runs, the same on any number of threads. */
class DistrictComparisonTest {
    @Test
    void oneRowPerDistrictIndexedToItsStartAndTheSameOnTwoThreads(@TempDir Path tmp) throws Exception {
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        String[] files = {"scenarios/hitachi.yaml", "scenarios/toyota.yaml"};
        assertEquals(0, Machikoba.execute(args(files, one, 1)));
        assertEquals(0, Machikoba.execute(args(files, two, 2)));
        for (String f : new String[] {"districts.csv", "districts.md", "districts.png", "districts.svg"}) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f + " does not depend on threads");
        }
        List<String> csv = Files.readAllLines(one.resolve("districts.csv"));
        assertEquals(String.join(",", DistrictComparison.COLUMNS), csv.get(0));
        assertEquals(3, csv.size());
        assertTrue(csv.get(1).startsWith("hitachi,") && csv.get(2).startsWith("toyota,"));
        for (String row : csv.subList(1, 3)) {
            String[] c = row.split(",");
            double index = Double.parseDouble(c[2]);
            assertTrue(index > 0.3 && index < 1.5, "an index of the start year's establishments: " + index);
            double exits = 0;
            for (int i = 8; i < 12; i++) exits += Double.parseDouble(c[i]);
            assertTrue(exits > 0 && exits < 1000, "exits per 1,000 firms a year: " + exits);
        }
    }

    private static String[] args(String[] files, Path out, int threads) {
        return new String[] {"districts", files[0], files[1], "--replications", "2", "--until", "1989",
                "--threads", Integer.toString(threads), "--out", out.toString()};
    }
}
