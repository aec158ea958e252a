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
        return SmallOta.write(tmp, targets);
    }

    private static final String TARGETS = SmallOta.TARGETS;

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
        Path s = smallOta(SmallOta.PASSING);
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
