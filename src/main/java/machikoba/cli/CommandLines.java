package machikoba.cli;

import machikoba.experiment.Provenance;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands share about their own command line. */
final class CommandLines {
    private CommandLines() { }

    /** A provenance record started now, with the command line as given. */
    static Provenance provenance(CommandSpec spec) {
        var parsed = spec.root().commandLine().getParseResult();
        return new Provenance(parsed == null ? java.util.List.of(spec.qualifiedName()) : parsed.originalArgs());
    }
}
