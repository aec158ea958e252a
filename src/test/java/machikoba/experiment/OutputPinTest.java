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
 * from the code before any optimisation (main at 7026873, with horizontal networks). A speed-up that changes a single
 * bit of any monthly row or firm row fails here; a deliberate change of the model must
 * update the hashes in its own commit and say why.
 */
class OutputPinTest {
    private static final Path OTA = Path.of("scenarios/ota.yaml");

    @Test
    void otaSeed1Until1990IsUnchanged(@TempDir Path dir) throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, 1990);
        assertEquals("670e3b330a1da03068772bf439b6fedd82cb733a83f50659ecfe59def1f2ec0c", fileHash(dir, "timeseries.csv", r), "timeseries.csv");
        assertEquals("ed6bab8aae6f583d6cf77ab7b69375dad91b0cd200a56fc7ef9450ea96fe238e", fileHash(dir, "firms.csv", r), "firms.csv");
        assertEquals("fd3d07e526ac39819b05a8d826fab997ff195f3c0868efa2fbedebaa85172fa3", bitsHash(r), "exact doubles of every row");
    }

    /** The whole period: exits, entry, trimming and offshoring all run by 2007. */
    @Test
    void otaSeed1WholePeriodIsUnchanged() throws Exception {
        SingleRun.Result r = SingleRun.run(ScenarioLoader.load(OTA), 1, null);
        assertEquals("71903480f3f030f6743f7948c974e553704d7c846749c61acc3c3c9df747601b", bitsHash(r), "exact doubles of every row");
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
