package machikoba.cli;

import machikoba.experiment.Provenance;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands share about their own command line. */
final class CommandLines {
    private CommandLines() { }

    /** The seeds of a batch's runs, as provenance.json states them. */
    static final String RUN_SEEDS = "RunSeeds.of(base_seed, run_id), run_id = point_id * replications + replication; each in runs.csv";

    /** The provenance of a batch of runs (batch, sensitivity): the scenario with its fixed values, and the seeds. */
    static Provenance batchProvenance(CommandSpec spec, java.nio.file.Path scenarioFile, java.util.Map<String, String> fixed, long seed) {
        return provenance(spec).scenario(scenarioFile, fixed, machikoba.scenario.ScenarioLoader.load(scenarioFile, fixed))
                .seed("base_seed", seed).seed("runs", RUN_SEEDS);
    }

    /**
     * Scenario files each run with seeds 1..R (validate, calibrate, districts): stops any too large
     * for the heap with {@code concurrent} runs at once ({@link HeapCheck}), and starts the record of
     * the files and their seeds, described as {@code seeds}.
     */
    static Provenance scenariosProvenance(CommandSpec spec, java.util.List<java.nio.file.Path> scenarios, int concurrent, String seeds) {
        Provenance provenance = provenance(spec).seed("replications", seeds);
        for (java.nio.file.Path f : scenarios) {
            var s = machikoba.scenario.ScenarioLoader.load(f);
            HeapCheck.check(f, java.util.List.of(s), concurrent);
            provenance.scenario(f, java.util.Map.of(), s);
        }
        return provenance;
    }

    /** A provenance record started now, with the command line as given. */
    static Provenance provenance(CommandSpec spec) {
        var parsed = spec.root().commandLine().getParseResult();
        return new Provenance(parsed == null ? java.util.List.of(spec.qualifiedName()) : parsed.originalArgs());
    }
}
