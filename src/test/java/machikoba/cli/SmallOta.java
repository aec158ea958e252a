package machikoba.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test support: a small Ota (300 firms, 1985-1990) with a targets file beside it, for fast validations. */
public final class SmallOta {
    /** Two targets on the small Ota: one within reach, one impossible (observed 5.0 ± 0.01). */
    public static final String TARGETS = """
            scenario: small
            targets:
              - {name: firms_fall, kind: yearly_change, column: firms, from: 1985, to: 1990, observed: -0.03, tolerance: 0.5, source: test}
              - {name: impossible, kind: mean, column: parent_share, from: 1986, to: 1987, observed: 5.0, tolerance: 0.01, source: test}
            census:
              - {year: 1985, firms: 300, source: test}
            """;

    /** The same targets, all within reach. */
    public static final String PASSING = TARGETS.replace("observed: 5.0, tolerance: 0.01", "observed: 0.5, tolerance: 1");

    private SmallOta() { }

    /** Writes dir/small.yaml and dir/small.targets.yaml (the given targets); returns the scenario file. */
    public static Path write(Path dir, String targets) throws IOException {
        Path s = dir.resolve("small.yaml");
        Files.writeString(s, Files.readString(Path.of("scenarios/ota.yaml"))
                .replace("name: ota", "name: small").replace("  count: 8897 ", "  count: 300 ")
                .replace("  count: 30  ", "  count: 5  ").replace("  end: 2007 ", "  end: 1990 ")
                .replaceAll("(?m)^  - \\{year: (199[1-9]|20[0-9][0-9]),.*\\n", ""));
        Files.writeString(dir.resolve("small.targets.yaml"), targets);
        return s;
    }
}
