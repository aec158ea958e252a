package machikoba.cli;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** calibrate refuses what it cannot do before it spends any time: exit 2, nothing written. */
class CalibrateCommandTest {
    @TempDir Path tmp;

    private String rejected(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Machikoba.execute(args));
        } finally {
            System.setErr(old);
        }
        assertFalse(Files.exists(tmp.resolve("cal")));
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownTargetIsBadInput() {
        String msg = rejected("calibrate", "scenarios/ota.yaml", "--param", "entry.rate=0.01:0.03",
                "--target", "happiness", "--out", tmp.resolve("cal").toString());
        assertTrue(msg.contains("ota.targets.yaml") && msg.contains("no target named 'happiness'"), msg);
    }

    @Test
    void aMisspeltParameterIsBadInput() {
        String msg = rejected("calibrate", "scenarios/ota.yaml", "--param", "entry.rat=0.01:0.03",
                "--out", tmp.resolve("cal").toString());
        assertTrue(msg.contains("entry.rat") && msg.contains("no such value"), msg);
    }

    @Test
    void aRangeMustRunUpwards() {
        String msg = rejected("calibrate", "scenarios/ota.yaml", "--param", "entry.rate=0.03:0.01",
                "--out", tmp.resolve("cal").toString());
        assertTrue(msg.contains("expected PATH=LO:HI with LO < HI"), msg);
    }

    @Test
    void anUnknownMethodIsBadInput() {
        String msg = rejected("calibrate", "scenarios/ota.yaml", "--param", "entry.rate=0.01:0.03", "--method", "annealing",
                "--out", tmp.resolve("cal").toString());
        assertTrue(msg.contains("expected cma-es, abc or profile, got annealing"), msg);
        assertEquals(1, msg.strip().lines().count(), "one line: " + msg);
    }

    @Test
    void abcRefusesAnAcceptanceOutsideZeroToOne() {
        String msg = rejected("calibrate", "scenarios/ota.yaml", "--param", "entry.rate=0.01:0.03", "--method", "abc",
                "--accept", "1.5", "--out", tmp.resolve("cal").toString());
        assertTrue(msg.startsWith("machikoba: ") && msg.contains("--accept") && msg.contains("(0, 1]"), msg);
        assertEquals(1, msg.strip().lines().count(), "one line: " + msg);
    }

    @Test
    void abcNeedsEnoughKeptSimulationsForItsRegression() {
        String msg = rejected("calibrate", "scenarios/ota.yaml", "--param", "entry.rate=0.01:0.03", "--method", "abc",
                "--simulations", "20", "--accept", "0.05", "--out", tmp.resolve("cal").toString());
        assertTrue(msg.contains("keeps 1 of 20 simulations") && msg.contains("at least 3"), msg);
    }

    @Test
    void abcTakesOneScenario() {
        String msg = rejected("calibrate", "scenarios/ota.yaml", "scenarios/kyoto.yaml", "--param", "entry.rate=0.01:0.03",
                "--method", "abc", "--out", tmp.resolve("cal").toString());
        assertTrue(msg.contains("expected one scenario, got 2"), msg);
    }

    @Test
    void setAndUntilBelongToAbc() {
        String msg = rejected("calibrate", "scenarios/ota.yaml", "--param", "entry.rate=0.01:0.03", "--until", "1990",
                "--out", tmp.resolve("cal").toString());
        assertTrue(msg.contains("expected with --method abc only"), msg);
    }

    @Test
    void abcRefusesRunsTooShortForATarget() {
        String msg = rejected("calibrate", "scenarios/ota.yaml", "--param", "entry.rate=0.01:0.03", "--method", "abc",
                "--until", "1990", "--target", "establishments_change_1985_1997", "--out", tmp.resolve("cal").toString());
        assertTrue(msg.contains("needs the years to 1997") && msg.contains("--until 1997"), msg);
    }
}
