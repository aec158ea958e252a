package machikoba.cli;

import machikoba.experiment.BatchPlan;
import machikoba.experiment.BatchShards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merges the shard folders of one batch (batch --shard I/N) into OUT: runs.csv, timeseries.csv,",
                "summary.csv, points.csv and figures/, byte for byte what the batch run unsharded writes.",
                "Shards of different commands, missing shards and unfinished shards are refused (exit status 2)."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "Folder for the merged batch (new, empty, or an earlier merge of it).")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SHARD_DIR", description = "The shard folders, 1..N in any order.")
    List<Path> shards;

    @Option(names = "--no-figures", description = "Skip the figures, as batch --no-figures does.")
    boolean noFigures;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BatchPlan plan = BatchShards.merge(out, shards, !noFigures,
                CommandLines.provenance(spec).seed("runs", CommandLines.RUN_SEEDS));
        System.out.printf(Locale.ROOT, "Machikoba merge: %s, %d shards, %d runs -> %s/ (runs.csv, timeseries.csv, summary.csv, points.csv%s)%n",
                plan.scenarioName(), shards.size(), plan.runCount(), out, noFigures ? "" : ", figures/");
        return 0;
    }
}
