package machikoba.cli;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** validate on a small Ota: the report's columns, pass/fail by tolerance, exit codes, bad targets. */
class ValidateCommandTest {
    @TempDir Path tmp;

    private Path smallOta(String targets) throws IOException {
        Path s = tmp.resolve("small.yaml");
        Files.writeString(s, Files.readString(Path.of("scenarios/ota.yaml"))
                .replace("name: ota", "name: small").replace("  count: 8897 ", "  count: 300 ")
                .replace("  count: 30  ", "  count: 5  ").replace("  end: 2007 ", "  end: 1990 ")
                .replaceAll("(?m)^  - \\{year: (199[1-9]|20[0-9][0-9]),.*\\n", ""));
        Files.writeString(tmp.resolve("small.targets.yaml"), targets);
        return s;
    }

    private static final String TARGETS = """
            scenario: small
            targets:
              - {name: firms_fall, kind: yearly_change, column: firms, from: 1985, to: 1990, observed: -0.03, tolerance: 0.5, source: test}
              - {name: impossible, kind: mean, column: parent_share, from: 1986, to: 1987, observed: 5.0, tolerance: 0.01, source: test}
            census:
              - {year: 1985, firms: 300, source: test}
            """;

    private int run(String... args) {
        PrintStream old = System.out, oldErr = System.err;
        System.setOut(new PrintStream(new ByteArrayOutputStream()));
        System.setErr(new PrintStream(new ByteArrayOutputStream()));
        try {
            return Machikoba.execute(args);
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
    }

    @Test
    void reportsEachTargetAndFailsWhenOneIsOutOfTolerance() throws IOException {
        Path s = smallOta(TARGETS);
        Path out = tmp.resolve("val");
        assertEquals(1, run("validate", s.toString(), "--replications", "3", "--threads", "2", "--out", out.toString()));
        List<String> csv = Files.readAllLines(out.resolve("validation.csv"));
        assertEquals("scenario,target,observed,sim_mean,ci_low,ci_high,tolerance,pass", csv.get(0));
        assertTrue(csv.get(1).startsWith("small,firms_fall,-0.03,") && csv.get(1).endsWith(",0.5,true"), csv.get(1));
        assertTrue(csv.get(2).endsWith(",false"), csv.get(2));
        String[] f = csv.get(1).split(",");
        assertTrue(Double.parseDouble(f[4]) <= Double.parseDouble(f[3]) && Double.parseDouble(f[3]) <= Double.parseDouble(f[5]), "mean inside its CI");
        assertTrue(Files.readString(out.resolve("validation.md")).contains("| small | impossible |"));
        assertTrue(Files.size(out.resolve("firms-small.png")) > 1000);
    }

    @Test
    void theReportDoesNotDependOnThreadCount() throws IOException {
        Path s = smallOta(TARGETS.replace("observed: 5.0, tolerance: 0.01", "observed: 0.5, tolerance: 1"));
        assertEquals(0, run("validate", s.toString(), "--replications", "3", "--threads", "1", "--out", tmp.resolve("one").toString()));
        assertEquals(0, run("validate", s.toString(), "--replications", "3", "--threads", "2", "--out", tmp.resolve("two").toString()));
        assertEquals(Files.readString(tmp.resolve("one/validation.csv")), Files.readString(tmp.resolve("two/validation.csv")));
    }

    @Test
    void aBadTargetIsNamedWithItsLine() throws IOException {
        Path s = smallOta(TARGETS.replace("column: parent_share", "column: happiness"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Machikoba.execute("validate", s.toString(), "--out", tmp.resolve("v").toString());
        } finally {
            System.setErr(old);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status);
        assertTrue(msg.contains("small.targets.yaml:4: targets[1].column: expected a timeseries column"), msg);
        assertTrue(!Files.exists(tmp.resolve("v")));
    }
}
