package machikoba.cli;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad scenario gets one message naming file, line and field and what was
 * expected; exit status 2; and the output folder is not created.
 */
class BadInputTest {
    @TempDir Path tmp;

    private final String ota = read(Path.of("scenarios/ota.yaml"));

    private static String read(Path p) {
        try { return Files.readString(p); } catch (IOException e) { throw new RuntimeException(e); }
    }

    /** Runs the CLI on a scenario text; returns stderr and asserts exit 2 and no output folder. */
    private String rejected(String yaml) throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, yaml);
        return rejectedFile(file);
    }

    private String rejectedFile(Path file) {
        Path out = tmp.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Machikoba.execute("run", file.toString(), "--out", out.toString());
        } finally {
            System.setErr(old);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, msg);
        assertFalse(Files.exists(out), "no output folder may be left behind");
        try (var left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("partial")), "no staging folder left");
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        assertEquals(1, msg.strip().lines().count(), "one message: " + msg);
        return msg;
    }

    /** Replaces text of the real scenario, failing loudly if the text is not there (a silent no-op would test nothing). */
    private String edit(String from, String to) {
        assertTrue(ota.contains(from), "scenarios/ota.yaml no longer contains: " + from);
        return ota.replace(from, to);
    }

    /** Edits the real scenario and asserts the message names the line holding {@code lineText} and begins with {@code message} there. */
    private String rejectedAt(String from, String to, String lineText, String message) throws IOException {
        String bad = edit(from, to);
        String msg = rejected(bad);
        assertTrue(msg.contains("bad.yaml:" + lineOf(bad, lineText) + ": " + message), msg);
        return msg;
    }

    private int lineOf(String yaml, String text) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text);
    }

    @Test
    void missingFile() {
        String msg = rejectedFile(tmp.resolve("nowhere.yaml"));
        assertTrue(msg.contains("nowhere.yaml") && msg.contains("no such file"), msg);
    }

    @Test
    void yamlSyntaxError() throws IOException {
        String bad = edit("  count: 8897 ", "  count: [8897 ");
        String msg = rejected(bad);
        assertTrue(msg.contains("bad.yaml:"), msg);
        int line = lineOf(bad, "count: [8897");
        // the parser notices the missing ']' where the next value starts
        assertTrue(msg.contains("bad.yaml:" + line + ": firms.count") || msg.contains("bad.yaml:" + (line + 1) + ": firms.count"), msg);
        assertTrue(msg.contains(": expected valid YAML, got a syntax error: "), msg);
    }

    @Test
    void unknownKey() throws IOException {
        String bad = edit("  customersPerFirm: 3.0", "  colour: red\n  customersPerFirm: 3.0");
        String msg = rejected(bad);
        assertTrue(msg.contains("bad.yaml:" + lineOf(bad, "colour: red") + ": firms.colour"), msg);
        assertTrue(msg.contains("unknown key 'colour'") && msg.contains("customersPerFirm"), msg);
    }

    /** One value made wrong: the message names its line and field, what was expected and what was found. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "  count: 8897 "     | "  count: many "       | firms.count: expected a whole number, got text 'many'
            "  count: 8897 "     | "  count: -5 "         | firms.count: expected a whole number >= 1, got -5
            "  end: 2007 "       | "  end: 1980 "         | period.end: expected an end year not before the start year 1985, got 1980
            "  wage: 3.0 "       | "  wage: .nan "        | economy.wage: expected a finite number, got '.nan'
            "  months: [4, 10] " | "  months: [4, ~] "    | assemblers.costDown.months[1]: expected a whole number, got an empty value
            "  count: 8897 "     | "  count: 2147483648 " | firms.count: expected a whole number, got 2147483648
            """)
    void oneBadValue(String from, String to, String message) throws IOException {
        rejectedAt(from, to, to.strip(), message);
    }

    @Test
    void sharesThatDoNotSumToOne() throws IOException {
        String bad = edit("share: 0.59173}", "share: 0.69173}");
        String msg = rejected(bad);
        assertTrue(msg.contains("bad.yaml:" + lineOf(bad, "sizeClasses:") + ": firms.sizeClasses: expected share to sum to 1"), msg);
    }

    @Test
    void shareOutOfRange() throws IOException {
        String bad = ota.replaceAll("(?m)^    share: [0-9.]+ +# share of firms with such a stance.*$", "    share: 1.7");
        String msg = rejected(bad);
        assertTrue(msg.contains(":" + lineOf(bad, "share: 1.7") + ": firms.independence.share: expected a value from 0 to 1, got 1.7"), msg);
    }

    @Test
    void missingField() throws IOException {
        String bad = edit("  utilisation: 0.85      # share of capacity the start-year orders fill (calibrated)\n", "");
        String msg = rejected(bad);
        assertTrue(msg.contains("firms.utilisation: expected a number, got nothing (the field is missing)"), msg);
    }

    @Test
    void macroPathWithAGap() throws IOException {
        String bad = edit("  - {year: 1990, demand: 1.17, credit: 0.10, offshoring: 0.07, inhouse: 0.10, prices: 0.950}\n", "");
        String msg = rejected(bad);
        assertTrue(msg.contains("macro: expected one row per year 1985-2007 (23 rows), got 22"), msg);
    }

    @Test
    void macroRowWithoutPrices() throws IOException {
        String bad = edit("inhouse: 0.10, prices: 0.950}\n", "inhouse: 0.10}\n");
        String msg = rejected(bad);
        assertTrue(msg.contains(":" + lineOf(ota, "{year: 1990,") + ": macro[5].prices: expected a number, got nothing (the field is missing)"), msg);
    }

    @Test
    void negativePriceLevel() throws IOException {
        String bad = edit("inhouse: 0.10, prices: 0.950}\n", "inhouse: 0.10, prices: -0.950}\n");
        String msg = rejected(bad);
        assertTrue(msg.contains(":" + lineOf(ota, "{year: 1990,") + ": macro[5].prices: expected a price level above 0 and at most 100 (1985 = 1), got -0.95"), msg);
    }

    @Test
    void duplicateKey() throws IOException {
        String msg = rejectedAt("  utilisation: 0.85 ", "  utilisation: 0.5\n  utilisation: 0.85 ", "utilisation: 0.85",
                "firms.utilisation: expected each key once in a mapping, got 'utilisation' a second time (first on line ");
        assertTrue(msg.contains("(first on line " + lineOf(ota, "utilisation: 0.85") + ")"), msg);
    }

    @Test
    void infinity() throws IOException {
        String msg = rejectedAt("  wage: 3.0 ", "  wage: 1e309 ", "wage: 1e309", "economy.wage: expected a value from ");
        assertTrue(msg.strip().endsWith(", got Infinity"), msg);
    }

    /** A district that cannot fit in the heap stops before it is built, naming firms.count. */
    @Test
    void tooLargeForTheHeap() throws IOException {
        String msg = rejectedAt("  count: 8897 ", "  count: 2000000000 ", "count: 2000000000", "firms.count: expected at most ");
        assertTrue(msg.contains("firms to fit in this Java heap") && msg.contains("got 2,000,000,000"), msg);
    }

    @Test
    void earlierResultsAreLeftUntouched() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("timeseries.csv"), "earlier results");
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, edit("  count: 8897 ", "  count: -5 "));
        PrintStream old = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream()));
        try {
            assertEquals(2, Machikoba.execute("run", file.toString(), "--out", out.toString()));
        } finally {
            System.setErr(old);
        }
        assertEquals("earlier results", Files.readString(out.resolve("timeseries.csv")));
    }
}
