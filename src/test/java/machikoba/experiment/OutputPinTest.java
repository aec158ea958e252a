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
 * Pins the model's output while its hot paths are optimised: the hashes below were computed
 * from the code before any optimisation (commit e183c00). A speed-up that changes a single
 * bit of any monthly row or firm row fails here; a deliberate change of the model must
 * update the hashes in its own commit and say why.
 */
class OutputPinTest {
    private static final Path OTA = Path.of("scenarios/ota.yaml");

    @Test
    void otaSeed1Until1990IsUnchanged(@TempDir Path dir) throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, 1990);
        assertEquals("5b1cc7330c5e040eb79c3203bd2183db2e84828927884dcb8fffdde24cbc97f2", fileHash(dir, "timeseries.csv", r), "timeseries.csv");
        assertEquals("d0057ca3a451f0edf967ffca5642f556529805899249da75ceb6640ddb42f156", fileHash(dir, "firms.csv", r), "firms.csv");
        assertEquals("638966eaf80da924d6149bbcff902778df8dcdfe1cda85412d14811bc62d4368", bitsHash(r), "exact doubles of every row");
    }

    /** The whole period: exits, entry, trimming and offshoring all run by 2007. */
    @Test
    void otaSeed1WholePeriodIsUnchanged() throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, null);
        assertEquals("8e619b1269597947c6c6f1e832ad49514a1c9f6fde6a4cd41ea39cb78fd96a6c", bitsHash(r), "exact doubles of every row");
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
