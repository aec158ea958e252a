package machikoba.observe;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output files' columns as README.md and docs/ODD.md list them are the code's, in order: docs and code cannot drift. */
class ColumnsDocumentedTest {
    private static final String README = read("README.md"), ODD = read("docs/ODD.md");

    @Test
    void readmeListsEveryFilesColumnsInOrder() {
        assertEquals(Metric.columns(), readmeColumns("timeseries.csv"), "timeseries.csv in README.md");
        assertEquals(List.of(FirmRow.COLUMNS), readmeColumns("firms.csv"), "firms.csv in README.md");
        assertEquals(List.of(NetworkLedger.COLUMNS), readmeColumns("networks.csv"), "networks.csv in README.md");
    }

    @Test
    void oddListsFirmAndNetworkColumnsInOrder() {
        assertEquals(List.of(FirmRow.COLUMNS), oddColumns("firms.csv"), "firms.csv in docs/ODD.md");
        assertEquals(List.of(NetworkLedger.COLUMNS), oddColumns("networks.csv"), "networks.csv in docs/ODD.md");
    }

    /** Section 8's table explains every metric but the clock, and only metrics ({@code exits_*} stands for several). */
    @Test
    void oddTableExplainsEveryMetric() {
        List<String> named = new ArrayList<>();
        String table = section8().substring(section8().indexOf("|---|---|")); // below the header
        Matcher row = Pattern.compile("(?m)^\\| ([a-z0-9_*, ]+) \\| ").matcher(table);
        while (row.find()) named.addAll(Arrays.asList(row.group(1).split(", ")));
        for (String n : named) {
            assertTrue(Metric.columns().stream().anyMatch(c -> matches(n, c)), "docs/ODD.md section 8 explains '" + n + "', which is no metric");
        }
        for (Metric m : Metric.values()) {
            if (m == Metric.STEP || m == Metric.YEAR || m == Metric.MONTH) continue;
            assertTrue(named.stream().anyMatch(n -> matches(n, m.column())), "docs/ODD.md section 8 does not explain " + m.column());
        }
    }

    private static boolean matches(String documented, String column) {
        return documented.endsWith("*") ? column.startsWith(documented.substring(0, documented.length() - 1))
                : documented.equals(column);
    }

    /** The list in the line "- `file` — ...: `a,b,c`". */
    private static List<String> readmeColumns(String file) {
        Matcher m = Pattern.compile("(?m)^- `" + Pattern.quote(file) + "` — [^`]*`([^`]+)`").matcher(README);
        assertTrue(m.find(), "README.md lists the columns of " + file);
        return List.of(m.group(1).split(","));
    }

    /** The list in the paragraph "`file`, one row per ...: a, b, c." */
    private static List<String> oddColumns(String file) {
        Matcher m = Pattern.compile("`" + Pattern.quote(file) + "`, one row per [^:]*: ([^.]+)\\.").matcher(section8());
        assertTrue(m.find(), "docs/ODD.md section 8 lists the columns of " + file);
        return List.of(m.group(1).trim().split(",\\s+"));
    }

    private static String section8() {
        int from = ODD.indexOf("## 8. Observation"), to = ODD.indexOf("\n## ", from + 1);
        assertTrue(from >= 0, "docs/ODD.md has a section 8, Observation");
        return ODD.substring(from, to < 0 ? ODD.length() : to);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
