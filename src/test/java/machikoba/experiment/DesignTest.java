package machikoba.experiment;

import machikoba.Machikoba;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** batch --design: an external design drives a batch; a bad design file is named with its line and column. */
class DesignTest {
    @TempDir Path tmp;

    static List<String> batch(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("batch", "scenarios/ota.yaml", "--set", "firms.count=200", "--until", "1986",
                "--replications", "2", "--threads", "1", "--out", out.toString()));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void aDesignFileGivesTheRunsOfTheEquivalentSweep() throws Exception {
        Path design = tmp.resolve("design.csv"), sweep = tmp.resolve("sweep"), designed = tmp.resolve("designed");
        // as R's write.csv(..., row.names = FALSE) writes it: quoted names, CRLF
        Files.writeString(design, "\"assemblers.costDown.rate\",\"entry.rate\"\r\n0.01,0.02\r\n0.01,0.03\r\n0.03,0.02\r\n0.03,0.03\r\n");
        assertEquals(0, Machikoba.execute(batch(sweep, "--sweep", "assemblers.costDown.rate=0.01,0.03",
                "--sweep", "entry.rate=0.02,0.03").toArray(String[]::new)));
        assertEquals(0, Machikoba.execute(batch(designed, "--design", design.toString()).toArray(String[]::new)));
        TreeMap<String, Path> a = BatchFolders.files(sweep), b = BatchFolders.files(designed);
        a.remove(BatchRunner.MANIFEST); // says how the points were made
        b.remove(BatchRunner.MANIFEST);
        assertEquals(a.keySet(), b.keySet());
        for (String f : a.keySet()) assertArrayEquals(Files.readAllBytes(a.get(f)), Files.readAllBytes(b.get(f)), f);
        assertTrue(Files.readString(designed.resolve(BatchRunner.MANIFEST)).contains("design: design.csv sha256 "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            empty file          | ''                                          | design.csv:1: expected a header of scenario paths
            no rows             | 'entry.rate\\n'                             | design.csv:2: expected at least one row of values
            empty name          | 'entry.rate,\\n0.01,0.02\\n'                | design.csv:1: column 2: expected a scenario path, got an empty name
            twice               | 'entry.rate,entry.rate\\n0.01,0.02\\n'      | design.csv:1: entry.rate (column 2): expected each path once
            also set            | 'firms.count\\n300\\n'                      | design.csv:1: firms.count (column 1): expected a path not also given with --set
            short row           | 'entry.rate,bank.loanRate\\n0.01,0.02\\n0.03\\n' | design.csv:3: expected 2 values (one per column of the header), got 1
            empty cell          | 'entry.rate,assemblers.costDown.rate\\n0.01,\\n' | design.csv:2: assemblers.costDown.rate (column 2): expected a value, got nothing
            text for a number   | 'entry.rate,assemblers.costDown.rate\\n0.01,0.02\\n0.02,abc\\n' | design.csv:3: assemblers.costDown.rate (column 2): expected a number, got 'abc'
            out of range        | 'entry.rate\\n0.01\\n-4\\n'                 | design.csv:3: entry.rate (column 1): expected
            unknown path        | 'entry.rate,firms.cuont\\n0.01,5\\n'        | design.csv:2: firms.cuont (column 2): expected an existing path
            """)
    void aBadDesignFileIsNamedWithLineAndColumn(String what, String content, String message) throws Exception {
        Path design = tmp.resolve("design.csv"), out = tmp.resolve("out");
        Files.writeString(design, content.replace("\\n", "\n"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Machikoba.execute(batch(out, "--design", design.toString()).toArray(String[]::new));
        } finally {
            System.setErr(old);
        }
        String msg = err.toString(StandardCharsets.UTF_8);
        assertEquals(Machikoba.BAD_INPUT, status, msg);
        assertEquals(1, msg.strip().lines().count(), msg);
        assertTrue(msg.startsWith("machikoba: " + tmp.resolve(message.split(":")[0]) + message.substring(message.indexOf(':'))), msg);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void designAndSweepTogetherAreRefused() throws Exception {
        Path design = tmp.resolve("d.csv");
        Files.writeString(design, "entry.rate\n0.01\n");
        PrintStream old = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream()));
        try {
            assertEquals(Machikoba.BAD_INPUT, Machikoba.execute(batch(tmp.resolve("o"), "--design", design.toString(),
                    "--sweep", "bank.loanRate=0.01,0.02").toArray(String[]::new)));
        } finally {
            System.setErr(old);
        }
    }
}
