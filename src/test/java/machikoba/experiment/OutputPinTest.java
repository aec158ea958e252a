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
 * scenarios/ota.yaml must update the hashes in its own commit and say why. Last updated for
 * the initial top-customer shares matching the scenario's bins for all firms, and two new network columns.
 */
class OutputPinTest {
    private static final Path OTA = Path.of("scenarios/ota.yaml");

    @Test
    void otaSeed1Until1990IsUnchanged(@TempDir Path dir) throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, 1990);
        assertEquals("aef006bcdd6d7625af66ab51f6d22a7445ebc79270800a637f435e04a11384e2", fileHash(dir, "timeseries.csv", r), "timeseries.csv");
        assertEquals("956b575dec591927715aa707d752ed63b0e1c05ad88268d5de48065d0c6e7022", fileHash(dir, "firms.csv", r), "firms.csv");
        assertEquals("668afc96928701b6f1cf37ee44c11237c4c3c884d7ac2d7b7c35b0b508393606", bitsHash(r), "exact doubles of every row");
    }

    /** The whole period: exits, entry, trimming and offshoring all run by 2007. */
    @Test
    void otaSeed1WholePeriodIsUnchanged() throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, null);
        assertEquals("7a76f9d46f216807f398d66cc279d1776e7079001279b7804f32ff0086deaca9", bitsHash(r), "exact doubles of every row");
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
