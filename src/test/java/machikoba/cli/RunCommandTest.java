package machikoba.cli;

import machikoba.Machikoba;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run command end to end on Ota at full size up to 1988: files, columns, reproducibility. */
class RunCommandTest {
    @TempDir static Path tmp;
    static Path first, again, otherSeed;

    static Path run(String name, long seed) {
        Path out = tmp.resolve(name);
        PrintStream old = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream()));
        try {
            assertEquals(0, Machikoba.execute("run", "scenarios/ota.yaml", "--seed", Long.toString(seed),
                    "--until", "1988", "--out", out.toString()));
        } finally {
            System.setOut(old);
        }
        return out;
    }

    @BeforeAll
    static void runs() {
        first = run("a", 7);
        again = run("b", 7);
        otherSeed = run("c", 8);
    }

    @Test
    void writesTheTimeseriesWithOneRowPerMonth() throws IOException {
        List<String> lines = Files.readAllLines(first.resolve("timeseries.csv"));
        assertEquals("step,year,month,firms,entries,exits,exits_insolvency,exits_no_successor,exits_lost_parent,"
                + "exits_other,employees,value_added,price_index,mean_top_share,parent_share,share_50,"
                + "receivable_days,cash_stress_share", lines.get(0).substring(0, lines.get(0).indexOf("cash_stress_share") + 17));
        assertEquals(1 + 4 * 12, lines.size());
        assertTrue(lines.get(1).startsWith("0,1985,1,"));
        assertTrue(lines.get(48).startsWith("47,1988,12,"));
    }

    @Test
    void writesOneRowPerLivingFirmAndThePlots() throws IOException {
        List<String> lines = Files.readAllLines(first.resolve("firms.csv"));
        assertTrue(lines.get(0).startsWith("id,born_year,tier,employees,top_share,customers,cost_down_suffered,products,innovation_class"));
        String lastMonth = Files.readAllLines(first.resolve("timeseries.csv")).get(48);
        assertEquals(Integer.parseInt(lastMonth.split(",")[3]), lines.size() - 1, "one row per firm alive at the end");
        for (String png : new String[] {"firms.png", "exits.png", "top_share.png", "dependence.png"}) {
            byte[] b = Files.readAllBytes(first.resolve(png));
            assertTrue(b.length > 1000 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G', png);
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        try (var files = Files.list(first)) {
            for (Path f : files.toList()) {
                // provenance.json names its --out folder and its times: ProvenanceTest compares the rest
                if (f.getFileName().toString().equals(machikoba.experiment.Provenance.FILE)) continue;
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(f.getFileName())), f.toString());
            }
        }
    }

    @Test
    void anotherSeedGivesAnotherRun() throws IOException {
        assertFalse(Files.readString(first.resolve("timeseries.csv")).equals(Files.readString(otherSeed.resolve("timeseries.csv"))));
        assertFalse(Files.readString(first.resolve("firms.csv")).equals(Files.readString(otherSeed.resolve("firms.csv"))));
    }

    @Test
    void helpExplainsEveryOption() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Machikoba.execute("run", "--help"));
        } finally {
            System.setOut(old);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        for (String o : new String[] {"--seed", "--until", "--out", "SCENARIO"}) assertTrue(help.contains(o), o);
    }
}
