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
 * suppliers began to enter the cuts their buyers leave on their links at their own turn: the
 * order in which a firm's several cuts are multiplied into its record changed, and with it the
 * last bits of cost_down_suffered (at most 7e-13 relative; nothing else, and no printed digit).
 */
class OutputPinTest {
    private static final Path OTA = Path.of("scenarios/ota.yaml");

    @Test
    void otaSeed1Until1990IsUnchanged(@TempDir Path dir) throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, 1990);
        assertEquals("71d6e7dfe2b622de26ef8dc5d89f7f49adecb06344f9229883858a3595350d90", fileHash(dir, "timeseries.csv", r), "timeseries.csv");
        assertEquals("0ee49e33f357aa4964da683e8921c93cc96c1f5f795e6d50117066640a77464b", fileHash(dir, "firms.csv", r), "firms.csv");
        assertEquals("c3f5a889531ab23258268e777351daad7f6e8e118da959c2748056fad0539482", bitsHash(r), "exact doubles of every row");
    }

    /** The whole period: exits, entry, trimming and offshoring all run by 2007. */
    @Test
    void otaSeed1WholePeriodIsUnchanged() throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, null);
        assertEquals("53df011cd9be3ee168be6adad8fb9700895ec363c04d78b2e9a7f84b4f58382e", bitsHash(r), "exact doubles of every row");
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
