package machikoba.cli;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    @Test
    void printsOneRowPerSizeAndTheScaling() {
        String out = capture(() -> assertEquals(0, Machikoba.execute("bench", "--firms", "300,600", "--months", "3",
                "--repeat", "2")));
        assertTrue(out.contains("ratio"), out);
        // two repeats of two sizes, then the two median rows
        assertEquals(3, out.lines().filter(l -> l.trim().startsWith("300 ")).count(), out);
        assertEquals(3, out.lines().filter(l -> l.trim().startsWith("600 ")).count(), out);
        assertTrue(out.contains("scaling: median time per firm-month at 600 firms is"), out);
    }

    @Test
    void badSizeIsBadInput() {
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute("bench", "--firms", "5"));
        assertEquals(Machikoba.BAD_INPUT, Machikoba.execute("bench", "--scenario", "no-such.yaml", "--firms", "100"));
    }

    private static String capture(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        System.setOut(new PrintStream(b, true, StandardCharsets.UTF_8));
        try { r.run(); } finally { System.setOut(old); }
        return b.toString(StandardCharsets.UTF_8);
    }
}
