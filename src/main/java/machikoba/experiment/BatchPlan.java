package machikoba.experiment;

import machikoba.scenario.Scenario;
import machikoba.scenario.ScenarioError;
import machikoba.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that decides a batch's results: the scenario (by content hash), the parameter
 * points, the replications per point, the base seed and the end year. Thread count is not part
 * of it, because it does not change any result. Its {@link #manifest()} is stored in the output
 * folder, so that a restart resumes only a batch made by the same command.
 * <p>
 * Every point's scenario is loaded and validated here, before any run starts: a bad path or
 * value is a ScenarioError while the output folder is still untouched.
 */
public final class BatchPlan {
    /** One run: its id, its point, its replication within the point and its seed. */
    public record Run(int runId, int pointId, int replication, long seed) { }

    private final Path scenarioFile;
    private final String scenarioHash;
    private final List<String> paths;
    private final List<Map<String, String>> points;
    private final List<Scenario> scenarios = new ArrayList<>();
    private final int replications;
    private final long baseSeed;
    private final Integer until;
    private final List<String> describe;
    /** Every point's replication r runs on the same seed (common random numbers, for paired comparisons). */
    private final boolean commonSeeds;

    /**
     * @param describe lines for the manifest that say how the points were made (sweeps, design)
     */
    public BatchPlan(Path scenarioFile, List<String> paths, List<Map<String, String>> points, int replications,
                     long baseSeed, Integer until, List<String> describe) {
        this(scenarioFile, paths, points, replications, baseSeed, until, describe, false);
    }

    /**
     * @param commonSeeds whether replication r of every point runs on the same seed,
     *                    {@code RunSeeds.of(baseSeed, r)} (a comparison's common random numbers)
     */
    public BatchPlan(Path scenarioFile, List<String> paths, List<Map<String, String>> points, int replications,
                     long baseSeed, Integer until, List<String> describe, boolean commonSeeds) {
        this.commonSeeds = commonSeeds;
        if (replications < 1) throw new ScenarioError("--replications", 0, "", "expected a whole number >= 1, got " + replications);
        this.scenarioFile = scenarioFile;
        this.scenarioHash = sha256(read(scenarioFile));
        this.paths = List.copyOf(paths);
        this.points = List.copyOf(points);
        this.replications = replications;
        this.baseSeed = baseSeed;
        this.until = until;
        this.describe = List.copyOf(describe);
        for (Map<String, String> p : points) scenarios.add(ScenarioLoader.load(scenarioFile, p));
        Scenario s = scenarios.get(0);
        if (until != null && (until < s.period().start() || until > s.period().end())) {
            throw new ScenarioError("--until", 0, "", "expected a year from " + s.period().start() + " to "
                    + s.period().end() + ", got " + until);
        }
    }

    public String scenarioName() { return scenarios.get(0).name(); }
    public List<String> paths() { return paths; }
    public List<Map<String, String>> points() { return points; }
    public Scenario scenario(int pointId) { return scenarios.get(pointId); }
    public int replications() { return replications; }
    public Integer until() { return until; }
    public int runCount() { return points.size() * replications; }
    public Path scenarioFile() { return scenarioFile; }
    public String scenarioHash() { return scenarioHash; }
    public long baseSeed() { return baseSeed; }
    public List<String> describe() { return describe; }

    /** Run ids go point by point, so the replications of a point are neighbours in every file. */
    public Run run(int runId) {
        int replication = runId % replications;
        return new Run(runId, runId / replications, replication, RunSeeds.of(baseSeed, commonSeeds ? replication : runId));
    }

    /**
     * What makes this plan, for making it again in another process (a Spark executor, which
     * may not see the scenario file): the plan's arguments and the scenario file's bytes (held
     * one char per byte, so that equal plans are equal records).
     */
    public record Portable(String scenarioName, String scenarioBytes, List<String> paths,
                           List<LinkedHashMap<String, String>> points, int replications, long baseSeed,
                           Integer until, List<String> describe) implements Serializable {
        /** The plan again, its scenario file written into {@code dir}. */
        public BatchPlan plan(Path dir) throws IOException {
            Path file = dir.resolve(scenarioName);
            Files.write(file, scenarioBytes.getBytes(StandardCharsets.ISO_8859_1));
            return new BatchPlan(file, paths, List.copyOf(points), replications, baseSeed, until, describe);
        }

        /** The plan again in this process (a Spark executor), made once per JVM in a temporary folder. */
        public BatchPlan here() {
            return MADE.computeIfAbsent(this, k -> {
                try {
                    Path dir = Files.createTempDirectory("machikoba-plan-");
                    BatchPlan plan = k.plan(dir);
                    Files.delete(dir.resolve(k.scenarioName()));
                    Files.delete(dir);
                    return plan;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static final Map<Portable, BatchPlan> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    public Portable portable() {
        List<LinkedHashMap<String, String>> pts = new ArrayList<>();
        for (Map<String, String> p : points) pts.add(new LinkedHashMap<>(p));
        return new Portable(scenarioFile.getFileName().toString(), new String(read(scenarioFile), StandardCharsets.ISO_8859_1),
                new ArrayList<>(paths), pts, replications, baseSeed, until, new ArrayList<>(describe));
    }

    /** The text that identifies this batch; equal text means "the same command". */
    public String manifest() {
        StringBuilder m = new StringBuilder("# machikoba batch: a restart with the same command resumes here\n");
        m.append("scenario: ").append(scenarioFile.getFileName()).append('\n');
        m.append("scenario_sha256: ").append(scenarioHash).append('\n');
        for (String d : describe) m.append(d).append('\n');
        m.append("points: ").append(points.size()).append('\n');
        m.append("points_sha256: ").append(sha256(points.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).append('\n');
        m.append("replications: ").append(replications).append('\n');
        m.append("base_seed: ").append(baseSeed).append('\n');
        m.append("until: ").append(until == null ? "end" : until.toString()).append('\n');
        m.append(commonSeeds ? "seeds: RunSeeds.of(base_seed, replication), the same for every point\n"
                : "seeds: RunSeeds.of(base_seed, run_id), run_id = point_id * replications + replication\n");
        return m.toString();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioError(file.toString(), 0, "", "cannot read the file; expected a scenario YAML file such as scenarios/ota.yaml");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
