package machikoba.experiment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import machikoba.scenario.ScenarioError;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Batches split into shards ({@code batch --shard I/N}, e.g. one per cluster job) and merged
 * back. A shard's folder holds its runs' files, a manifest that is the whole batch's manifest
 * plus a line {@code shard: I/N}, and in {@code shard/} a copy of the scenario file and the
 * plan's points ({@code plan.json}), so that a merge needs nothing but the shard folders.
 * <p>
 * {@link #merge} checks that the shards come from one command (their manifests agree but for
 * the shard line: scenario hash, points, replications, seed, end year) and that they are all
 * there and finished, then puts their run files side by side and writes the merged files from
 * them exactly as an unsharded batch does: every file is the same, byte for byte, because a
 * run's files depend only on the plan and its run id.
 */
public final class BatchShards {
    static final String DIR = "shard";
    static final String PLAN = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BatchShards() { }

    /** What a merge needs to make the plan again: the plan's arguments but the scenario, which is copied beside it. */
    record Spec(String scenario, List<String> paths, List<Map<String, String>> points, int replications,
                long baseSeed, Integer until, List<String> describe) { }

    static void keepPlan(BatchPlan plan, Path out) throws IOException {
        Path dir = Files.createDirectories(out.resolve(DIR));
        AtomicFile.sweep(dir);
        String name = plan.scenarioFile().getFileName().toString();
        Spec spec = new Spec(name, plan.paths(), plan.points(), plan.replications(), plan.baseSeed(), plan.until(), plan.describe());
        AtomicFile.writeVia(dir.resolve(name), tmp -> Files.copy(plan.scenarioFile(), tmp));
        AtomicFile.write(dir.resolve(PLAN), w -> w.write(JSON.writeValueAsString(spec) + "\n"));
    }

    /** A shard folder as found: its manifest without the shard line, and which shard it is. */
    private record Found(Path dir, String manifest, Shard shard) { }

    private static Found read(Path dir) throws IOException {
        Path m = dir.resolve(BatchRunner.MANIFEST);
        if (!Files.isRegularFile(m)) {
            throw new ScenarioError(dir.toString(), 0, "", "expected a shard folder made by batch --shard I/N, got no "
                    + BatchRunner.MANIFEST);
        }
        StringBuilder rest = new StringBuilder();
        Shard shard = null;
        for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
            if (line.startsWith("shard: ")) shard = Shard.parse(line.substring(7));
            else rest.append(line).append('\n');
        }
        if (shard == null) {
            throw new ScenarioError(m.toString(), 0, "shard", "expected a shard folder made by batch --shard I/N, got a whole batch");
        }
        return new Found(dir, rest.toString(), shard);
    }

    /**
     * Merges the shard folders into {@code out}, which appears whole or not at all and is then
     * the folder the same batch run unsharded would have made (and can be resumed as such).
     */
    public static BatchPlan merge(Path out, List<Path> shardDirs, boolean figures, Provenance provenance) throws IOException {
        Map<Integer, Found> byIndex = new TreeMap<>();
        Found first = null;
        for (Path dir : shardDirs) {
            Found f = read(dir);
            if (first == null) first = f;
            if (!f.manifest().equals(first.manifest())) {
                throw new ScenarioError(f.dir().resolve(BatchRunner.MANIFEST).toString(), 0, "", "expected a shard of the same batch as "
                        + first.dir() + " (same scenario hash, points, replications, seed and end year), got a different command: "
                        + firstDifference(first.manifest(), f.manifest()));
            }
            if (f.shard().count() != first.shard().count()) {
                throw new ScenarioError(f.dir().toString(), 0, "shard", "expected a shard of " + first.shard().count()
                        + " like " + first.dir() + ", got " + f.shard());
            }
            Found twin = byIndex.put(f.shard().index(), f);
            if (twin != null) {
                throw new ScenarioError(f.dir().toString(), 0, "shard", "expected each shard once, got shard " + f.shard()
                        + " again (also " + twin.dir() + ")");
            }
        }
        if (first == null) throw new ScenarioError("merge", 0, "SHARD_DIR", "expected at least one shard folder, got none");
        int n = first.shard().count();
        for (int i = 1; i <= n; i++) {
            if (!byIndex.containsKey(i)) {
                throw new ScenarioError("merge", 0, "SHARD_DIR", "expected shards 1.." + n + " of " + first.dir()
                        + "'s batch, got no shard " + i + "/" + n);
            }
        }
        BatchPlan plan = plan(first.dir());
        if (!plan.manifest().equals(first.manifest())) {
            throw new ScenarioError(first.dir().resolve(DIR).toString(), 0, "", "expected the plan the manifest describes, got another; was "
                    + DIR + "/ edited?");
        }
        for (int id = 0; id < plan.runCount(); id++) {
            Found f = byIndex.get(id % n + 1);
            if (!Files.exists(BatchRunner.metricsFile(f.dir(), id))) {
                throw new ScenarioError(f.dir().toString(), 0, "", "expected a finished shard, got run " + id
                        + " missing; run the shard's batch command again to finish it");
            }
        }
        refuseOther(out, plan.manifest());
        try (OutputFolder folder = new OutputFolder(out)) {
            Path dir = folder.staging();
            Files.createDirectories(BatchRunner.runsDir(dir));
            AtomicFile.write(dir.resolve(BatchRunner.MANIFEST), w -> w.write(plan.manifest()));
            for (int id = 0; id < plan.runCount(); id++) {
                Path from = byIndex.get(id % n + 1).dir();
                Files.copy(BatchRunner.rowsFile(from, id), BatchRunner.rowsFile(dir, id));
                Files.copy(BatchRunner.metricsFile(from, id), BatchRunner.metricsFile(dir, id));
            }
            BatchOutputs.write(plan, dir, figures);
            provenance.scenariosOf(first.dir()).seed("base_seed", plan.baseSeed()).write(dir, 0, null);
            folder.commit();
        }
        return plan;
    }

    /** An existing {@code out} may only be an earlier merge (or run) of the same batch, or empty. */
    private static void refuseOther(Path out, String manifest) throws IOException {
        if (!Files.isDirectory(out)) return;
        Path m = out.resolve(BatchRunner.MANIFEST);
        if (Files.isRegularFile(m) && Files.readString(m, StandardCharsets.UTF_8).equals(manifest)) return;
        try (var files = Files.list(out)) {
            if (files.findAny().isPresent()) {
                throw new ScenarioError(out.toString(), 0, "OUT", "expected a new or empty folder or one holding this batch, got a folder"
                        + " with other contents; use another folder");
            }
        }
    }

    private static BatchPlan plan(Path shardDir) throws IOException {
        Path file = shardDir.resolve(DIR).resolve(PLAN);
        Spec s;
        try {
            s = JSON.readValue(file.toFile(), new TypeReference<Spec>() { });
        } catch (IOException e) {
            throw new ScenarioError(file.toString(), 0, "", "expected the plan a batch --shard wrote, got a file that cannot be read");
        }
        List<Map<String, String>> points = new ArrayList<>();
        for (Map<String, String> p : s.points()) points.add(new LinkedHashMap<>(p));
        return new BatchPlan(shardDir.resolve(DIR).resolve(s.scenario()), s.paths(), points, s.replications(), s.baseSeed(),
                s.until(), s.describe());
    }

    private static String firstDifference(String a, String b) {
        List<String> la = a.lines().toList(), lb = b.lines().toList();
        for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
            String x = i < la.size() ? la.get(i) : "(nothing)", y = i < lb.size() ? lb.get(i) : "(nothing)";
            if (!x.equals(y)) return "'" + y + "' where the first has '" + x + "'";
        }
        return "(none)";
    }
}
