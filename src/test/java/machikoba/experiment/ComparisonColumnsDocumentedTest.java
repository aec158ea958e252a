package machikoba.experiment;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README.md lists comparison.csv's columns and the comparison's metrics as the code writes them. */
class ComparisonColumnsDocumentedTest {

    @Test
    void readmeListsComparisonColumnsAndMetricsInOrder() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertEquals(Comparison.COLUMNS, listed(readme, "- `comparison.csv` — [^`]*`([^`]+)`"));
        assertEquals(PolicyMetric.columns(), listed(readme, "- the metrics, measured each December: `([^`]+)`"));
    }

    private static List<String> listed(String text, String regex) {
        Matcher m = Pattern.compile("(?m)^" + regex).matcher(text);
        assertTrue(m.find(), regex);
        return List.of(m.group(1).split(","));
    }
}
