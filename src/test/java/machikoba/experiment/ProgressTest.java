package machikoba.experiment;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {
    static String drive(boolean terminal, int total, int alreadyDone) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, "batch");
        p.start(total, alreadyDone);
        for (int i = alreadyDone; i < total; i++) p.runDone();
        p.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void terminalGetsOneBarRedrawnInPlace() {
        String s = drive(true, 10, 0);
        assertEquals(1, s.chars().filter(c -> c == '\n').count(), "one line, redrawn with carriage returns");
        assertEquals(11, s.chars().filter(c -> c == '\r').count());
        assertTrue(s.contains("[##############################] 10/10 runs"));
        assertTrue(s.contains("ETA"));
    }

    @Test
    void logsGetPlainLinesAtMostEveryTwentiethAndSayWhatWasResumed() {
        String s = drive(false, 200, 50);
        assertFalse(s.contains("\r"));
        assertTrue(s.startsWith("batch: resuming, 50 of 200 runs already done"));
        assertTrue(s.lines().count() <= 22, s);
        assertTrue(s.contains("batch: 200/200 runs"));
    }

    @Test
    void clockReadsMinutesAndHours() {
        assertEquals("1m05s", Progress.clock(65));
        assertEquals("2h01m", Progress.clock(7260));
    }
}
