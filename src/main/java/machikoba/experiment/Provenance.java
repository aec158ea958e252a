package machikoba.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * What made an output folder, written into it as {@code provenance.json}: Machikoba's version
 * and git commit (stamped at build time, "unknown" when built without git), the command line,
 * each scenario file's SHA-256 and the scenario as resolved after the command's overrides, the
 * seeds, Java and OS versions, start and end time, exit status and any failure. Between two
 * identical commands on one machine only {@code started} and {@code ended} differ.
 * <p>
 * Commands whose folder appears whole ({@link OutputFolder}) write it into the staging folder
 * before the commit; resumable folders (batch, sensitivity) get it at the start, marked
 * unfinished, and again at the end with the exit status, each time as an {@link AtomicFile}.
 */
public final class Provenance {
    public static final String FILE = "provenance.json";
    /** The fields that differ between identical commands. */
    public static final List<String> TIMES = List.of("started", "ended");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode scenarios;
    private final ObjectNode seeds;

    /** Starts the record of one command: {@code args} as given after "machikoba". */
    public Provenance(List<String> args) {
        ObjectNode build = root.putObject("machikoba");
        build.put("version", build("version", "machikoba/build.properties"));
        build.put("commit", commit());
        ArrayNode command = root.putArray("command");
        command.add("machikoba");
        args.forEach(command::add);
        scenarios = root.putArray("scenarios");
        seeds = root.putObject("seeds");
        ObjectNode java = root.putObject("java");
        java.put("version", System.getProperty("java.version"));
        java.put("vendor", System.getProperty("java.vendor"));
        java.put("vm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        ObjectNode os = root.putObject("os");
        os.put("name", System.getProperty("os.name"));
        os.put("version", System.getProperty("os.version"));
        os.put("arch", System.getProperty("os.arch"));
        root.put("started", Instant.now().toString());
    }

    /** Records a scenario file: its hash, the overrides given and the scenario they resolve to. */
    public Provenance scenario(Path file, Map<String, String> overrides, Scenario resolved) {
        ObjectNode s = scenarios.addObject();
        s.put("file", file.toString());
        try {
            s.put("sha256", BatchPlan.sha256(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ScenarioError(file.toString(), 0, "", "cannot read the file; expected a scenario YAML file");
        }
        s.set("overrides", JSON.valueToTree(overrides));
        s.set("resolved", JSON.valueToTree(resolved));
        return this;
    }

    /** Records the scenarios another folder's provenance records (a merge: those of its shards, made by one command). */
    public Provenance scenariosOf(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) scenarios.addAll((ArrayNode) JSON.readTree(file.toFile()).path("scenarios"));
        return this;
    }

    /** Records how seeds were chosen, e.g. ("seed", 1) or ("runs", "RunSeeds.of(base_seed, run_id), recorded in runs.csv"). */
    public Provenance seed(String key, Object value) {
        seeds.set(key, JSON.valueToTree(value));
        return this;
    }

    /** Writes provenance.json into {@code dir}; a null exit status marks a command still running. */
    public void write(Path dir, Integer exitStatus, String failure) throws IOException {
        ObjectNode out = root.deepCopy();
        if (exitStatus == null) out.putNull("ended"); else out.put("ended", Instant.now().toString());
        if (exitStatus == null) out.putNull("exit_status"); else out.put("exit_status", exitStatus);
        if (failure == null) out.putNull("failure"); else out.put("failure", failure);
        AtomicFile.write(dir.resolve(FILE), w -> w.write(JSON.writeValueAsString(out) + "\n"));
    }

    /**
     * Runs a command's work in a folder that is written in place (batch, sensitivity): the
     * provenance is there, unfinished, while it works, and says how it ended, failures too.
     */
    public int around(Path dir, Callable<Integer> work) throws Exception {
        write(dir, null, null);
        int status;
        try {
            status = work.call();
        } catch (Exception | Error e) {
            write(dir, e instanceof ScenarioError ? 2 : 1, e instanceof ScenarioError ? "machikoba: " + e : e.toString());
            throw e;
        }
        write(dir, status, null);
        return status;
    }

    /** The version Maven stamped into the jar, or "unknown". */
    static String build(String key, String resource) {
        try (InputStream in = Provenance.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key, "unknown").trim();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The git commit Maven stamped into the jar (machikoba/commit.txt), or "unknown" when it was built without git. */
    public static String commit() {
        try (InputStream in = Provenance.class.getClassLoader().getResourceAsStream("machikoba/commit.txt")) {
            if (in == null) return "unknown";
            String c = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            return c.matches("[0-9a-f]{40}") ? c : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
