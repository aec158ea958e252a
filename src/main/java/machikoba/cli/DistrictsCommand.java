package machikoba.cli;

import machikoba.experiment.DistrictComparison;
import machikoba.experiment.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "districts", mixinStandardHelpOptions = true,
        description = {"Runs seeds 1..N of each scenario and sets the districts side by side: establishments indexed to the",
                "start year, census-like yearly changes, the share with a parent and exits by cause per 1,000 firms a year.",
                "Writes districts.csv, districts.md (the table) and districts.png/.svg (the index)."})
public final class DistrictsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario YAML files.")
    List<Path> scenarios;

    @Option(names = "--replications", defaultValue = "5", paramLabel = "N", description = "Seeds 1..N per scenario (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--until", defaultValue = "1997", paramLabel = "YEAR", description = "Last year compared (default: ${DEFAULT-VALUE}, the census window of U-2009).")
    int until;

    @picocli.CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", defaultValue = "output/districts", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (replications < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--replications must be at least 1");
        int t = threads.count();
        Provenance provenance = CommandLines.scenariosProvenance(spec, scenarios, Math.min(t, replications),
                "seeds 1.." + replications + " of each scenario");
        List<DistrictComparison.Row> rows = DistrictComparison.run(scenarios, replications, until, t, out, provenance);
        System.out.print(DistrictComparison.table(rows));
        System.out.println("Written: " + out + "/districts.md, districts.csv, districts.png, districts.svg");
        return 0;
    }
}
