package machikoba.experiment;

import machikoba.scenario.ScenarioError;
import machikoba.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An external design of experiments ({@code batch --design design.csv}): a CSV file whose header
 * names scenario values by their YAML paths and whose rows are the points, in point-id order,
 * e.g. a Latin hypercube from R's lhs, pyDOE or SALib. Cells are plain values (quotes around a
 * cell are dropped, as R's write.csv puts them around names). Every cell is checked against the
 * scenario before any run: a bad file names itself, the line and the column.
 */
public final class Design {
    private final Path file;
    private final List<String> columns;
    private final List<Map<String, String>> rows;

    private Design(Path file, List<String> columns, List<Map<String, String>> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    public List<String> columns() { return columns; }
    public List<Map<String, String>> rows() { return rows; }

    /** The manifest line that identifies the design: its file name and content hash. */
    public String describe() throws IOException {
        return "design: " + file.getFileName() + " sha256 " + BatchPlan.sha256(Files.readAllBytes(file));
    }

    /** Reads a design and checks each of its cells against the scenario with the fixed values set. */
    public static Design read(Path file, Path scenarioFile, Map<String, String> fixed) {
        String name = file.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioError(name, 0, "", "expected a design CSV file (header: scenario paths, one row per point), got no such file");
        } catch (IOException e) {
            throw new ScenarioError(name, 0, "", "expected a readable UTF-8 CSV file, got " + e.getClass().getSimpleName());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        if (lines.isEmpty()) throw new ScenarioError(name, 1, "", "expected a header of scenario paths, e.g. entry.rate,assemblers.costDown.rate, got an empty file");
        List<String> columns = cells(lines.get(0).replace("\uFEFF", ""));
        for (int c = 0; c < columns.size(); c++) {
            String col = columns.get(c);
            if (col.isEmpty()) throw new ScenarioError(name, 1, "column " + (c + 1), "expected a scenario path, got an empty name");
            if (fixed.containsKey(col)) {
                throw new ScenarioError(name, 1, col + " (column " + (c + 1) + ")", "expected a path not also given with --set, got it in both");
            }
            if (columns.indexOf(col) != c) {
                throw new ScenarioError(name, 1, col + " (column " + (c + 1) + ")", "expected each path once, got it again (first in column "
                        + (columns.indexOf(col) + 1) + ")");
            }
        }
        if (lines.size() < 2) throw new ScenarioError(name, 2, "", "expected at least one row of values under the header, got none");
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            List<String> cells = cells(lines.get(i));
            if (cells.size() != columns.size()) {
                throw new ScenarioError(name, line, "", "expected " + columns.size() + " values (one per column of the header), got " + cells.size());
            }
            Map<String, String> point = new LinkedHashMap<>(fixed);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).isEmpty()) {
                    throw new ScenarioError(name, line, columns.get(c) + " (column " + (c + 1) + ")", "expected a value, got nothing");
                }
                point.put(columns.get(c), cells.get(c));
            }
            try {
                ScenarioLoader.load(scenarioFile, point);
            } catch (ScenarioError e) {
                int c = columnOf(columns, e.field());
                if (c < 0) throw e;
                throw new ScenarioError(name, line, e.field() + " (column " + (c + 1) + ")", e.getMessage());
            }
            rows.add(point);
        }
        return new Design(file, List.copyOf(columns), rows);
    }

    /** The design column an error of the scenario is about: the column's path or a part of it. */
    private static int columnOf(List<String> columns, String field) {
        for (int c = 0; c < columns.size(); c++) {
            String col = columns.get(c);
            if (field.equals(col) || field.startsWith(col + ".") || field.startsWith(col + "[")) return c;
        }
        return -1;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            String v = cell.strip();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1).strip();
            out.add(v);
        }
        return out;
    }
}
