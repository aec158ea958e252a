package machikoba.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every output folder says what made it; two identical commands differ only in the times. */
class ProvenanceTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode read(Path dir) throws Exception {
        return JSON.readTree(dir.resolve(Provenance.FILE).toFile());
    }

    static JsonNode withoutTimes(Path dir) throws Exception {
        ObjectNode n = (ObjectNode) read(dir);
        for (String t : Provenance.TIMES) {
            assertTrue(n.hasNonNull(t), t + " recorded");
            n.remove(t);
        }
        return n;
    }

    static int quietly(String... args) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream()));
        try {
            return Machikoba.execute(args);
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void aRunRecordsWhatMadeItAndRepeatsButForTheTimes(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        String[] cmd = {"run", "scenarios/ota.yaml", "--seed", "3", "--until", "1985", "--threads", "1", "--out", "X"};
        cmd[cmd.length - 1] = a.toString();
        assertEquals(0, quietly(cmd));
        String[] again = cmd.clone();
        again[again.length - 1] = b.toString();
        assertEquals(0, quietly(again));

        JsonNode p = read(a);
        String commit = p.path("machikoba").path("commit").asText();
        assertTrue(commit.matches("[0-9a-f]{40}") || commit.equals("unknown"), commit);
        assertFalse(p.path("machikoba").path("version").asText().isEmpty());
        assertEquals("run", p.path("command").get(1).asText());
        JsonNode s = p.path("scenarios").get(0);
        assertEquals(BatchPlan.sha256(Files.readAllBytes(Path.of("scenarios/ota.yaml"))), s.path("sha256").asText());
        assertEquals(8897, s.path("resolved").path("firms").path("count").asInt());
        assertEquals(3, p.path("seeds").path("seed").asInt());
        assertEquals(System.getProperty("java.version"), p.path("java").path("version").asText());
        assertFalse(p.path("os").path("name").asText().isEmpty());
        assertEquals(0, p.path("exit_status").asInt());
        assertTrue(p.path("failure").isNull());

        // only the last argument (--out) and the times differ
        ObjectNode pa = (ObjectNode) withoutTimes(a), pb = (ObjectNode) withoutTimes(b);
        pa.remove("command");
        pb.remove("command");
        assertEquals(pa, pb);
    }

    @Test
    void aBatchRecordsTheResolvedScenarioAndEndsWithItsExitStatus(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        for (Path out : new Path[] {a, b}) {
            assertEquals(0, quietly("batch", "scenarios/ota.yaml", "--set", "firms.count=200", "--until", "1985",
                    "--replications", "2", "--threads", "1", "--no-figures", "--out", out.toString()));
        }
        JsonNode p = read(a);
        assertEquals(200, p.path("scenarios").get(0).path("resolved").path("firms").path("count").asInt());
        assertEquals("200", p.path("scenarios").get(0).path("overrides").path("firms.count").asText());
        assertEquals(1, p.path("seeds").path("base_seed").asInt());
        assertEquals(0, p.path("exit_status").asInt());
        assertNotEquals("", p.path("ended").asText());
        ObjectNode pa = (ObjectNode) withoutTimes(a), pb = (ObjectNode) withoutTimes(b);
        ((com.fasterxml.jackson.databind.node.ArrayNode) pa.get("command")).remove(pa.get("command").size() - 1);
        ((com.fasterxml.jackson.databind.node.ArrayNode) pb.get("command")).remove(pb.get("command").size() - 1);
        assertEquals(pa, pb);
    }

    @Test
    void validateRecordsItsExitStatusInsideTheFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("v");
        int status = quietly("validate", "scenarios/ota.yaml", "--replications", "1", "--threads", "2", "--out", out.toString());
        assertEquals(status, read(out).path("exit_status").asInt());
        assertEquals("seeds 1..1 of each scenario", read(out).path("seeds").path("replications").asText());
    }
}
