package machikoba.experiment;

import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the model's output while its hot paths are optimised. A speed-up that changes a single
 * bit of any monthly row or firm row fails here; a deliberate change of the model or of
 * scenarios/ota.yaml must update the hashes in its own commit and say why. Last updated when
 * the year end began to take each firm's own decisions on the district's threads, each firm
 * drawing from a stream of its own, with the closures in effect before anyone searches for
 * customers (validated again: 15 of 15 targets pass); the exact bits once more when a parent
 * firm's cuts began to wait for the subcontractor whatever the parent's own scheduling (last
 * bits of cost_down_suffered only). The monthly row's hashes again when the observer gained the
 * census-like columns (establishments of 4+ employees and their figures, price level, owners 60+,
 * profit per establishment, TFP proxy) and firms_4_29 etc. became establishments_4_29 etc.: the
 * model did not change (firms.csv's hash stands; the 32 earlier columns of the whole period were
 * compared cell by cell with the file before, and are identical). The monthly row's hashes once more
 * when the observer gained the small and medium establishments' sums (establishment_employees_4_299,
 * establishment_value_added_real_4_299), which the national targets compare with the census's whole:
 * again the model did not change (firms.csv's hash stands; every earlier column of Ota's whole
 * period, seed 1, is identical cell by cell). And once more when it gained the count of those
 * establishments (establishments_4_299), which the national target of 1985-2007 compares with the
 * census's 4-299 class: the same check, the same result. Again when it gained the month's operating
 * profit (before interest) of those establishments (operating_profit_per_establishment_4_299), which
 * the national profit targets compare with the census's: the firm only keeps one more reading, so
 * firms.csv's hash stands and every earlier column of Ota's whole period, seed 1, is identical.
 * The exact bits once more when that column's sum went through the per-class tallies (summation
 * order: the printed timeseries.csv is byte-identical).
 */
class OutputPinTest {
    private static final Path OTA = Path.of("scenarios/ota.yaml");

    @Test
    void otaSeed1Until1990IsUnchanged(@TempDir Path dir) throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, 1990);
        assertEquals("b317f6d87f643b363e5e09b592f8aedc707fc69ff248e70d648120180ff15214", fileHash(dir, "timeseries.csv", r), "timeseries.csv");
        assertEquals("21588f4fd04eb2c3822814adaeb94eb257d4d673ac62e77bda7cfcec0cd5adff", fileHash(dir, "firms.csv", r), "firms.csv");
        assertEquals("296da4629c079816ab9c4b672bee9e537618779547b7ee933fd4332729fd42e1", bitsHash(r), "exact doubles of every row");
    }

    /** The whole period: exits, entry, trimming and offshoring all run by 2007. */
    @Test
    void otaSeed1WholePeriodIsUnchanged() throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, null);
        assertEquals("d794273f9bf79e565b3c2e6ac7b5a924076994cf7c99575b48467c0620fef795", bitsHash(r), "exact doubles of every row");
    }

    static String fileHash(Path dir, String name, SingleRun.Result r) throws Exception {
        Path file = dir.resolve(name);
        if (name.equals("timeseries.csv")) {
            RunFiles.writeCsv(file, machikoba.observe.Observer.COLUMNS, r.rows());
        } else {
            RunFiles.writeCsv(file, machikoba.observe.Observer.FIRM_COLUMNS, r.firms());
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Hashes the raw bits of every monthly value and every firm-row field, not their printed form. */
    static String bitsHash(SingleRun.Result r) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        ByteBuffer b = ByteBuffer.allocate(8);
        for (double[] row : r.rows()) {
            for (double v : row) { b.clear(); b.putLong(Double.doubleToRawLongBits(v)); md.update(b.array()); }
        }
        List<Object[]> firms = r.firms();
        for (Object[] row : firms) {
            for (Object v : row) {
                if (v instanceof Double d) { b.clear(); b.putLong(Double.doubleToRawLongBits(d)); md.update(b.array()); }
                else md.update(String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update((byte) ';');
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
