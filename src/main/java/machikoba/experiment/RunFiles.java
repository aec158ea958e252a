package machikoba.experiment;

import machikoba.chart.RunCharts;
import machikoba.observe.NetworkLedger;
import machikoba.observe.Absorption;
import machikoba.observe.Observer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes one run's timeseries.csv, firms.csv, networks.csv, absorption.csv and figures into a folder. */
public final class RunFiles {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private RunFiles() { }

    public static void write(SingleRun.Result r, Path dir) throws IOException {
        writeCsv(dir.resolve("timeseries.csv"), Observer.COLUMNS, r.rows());
        writeCsv(dir.resolve("firms.csv"), Observer.FIRM_COLUMNS, r.firms());
        writeCsv(dir.resolve("networks.csv"), NetworkLedger.COLUMNS, r.networks());
        writeCsv(dir.resolve("absorption.csv"), Absorption.COLUMNS, r.absorption());
        RunCharts.write(r.scenario().name(), r.seed(), r.rows(), r.finalTopShares(), dir);
    }

    static void writeCsv(Path file, String[] header, List<?> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSV)) {
            p.printRecord((Object[]) header);
            for (Object row : rows) {
                if (row instanceof double[] values) {
                    for (double v : values) p.print(Numbers.format(v));
                } else {
                    for (Object v : (Object[]) row) p.print(Numbers.format(v));
                }
                p.println();
            }
        }
    }
}
