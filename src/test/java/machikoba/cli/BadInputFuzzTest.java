package machikoba.cli;

import machikoba.Machikoba;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Thousands of broken copies of the shipped scenarios (and of the targets files that
 * {@code validate} reads), made by {@link YamlMutator} from fixed seeds, each given to the
 * command line in this process. Every one must either load and run, or stop with exit status 2
 * and one line {@code machikoba: <file>:<line>: <field>: expected ..., got ...}: no stack trace,
 * no Java class name, and no output folder (an earlier one left as it was).
 *
 * <p>The scenarios are scaled to {@value #FIRMS} firms before they are broken, and runs stop
 * after their first year, so the whole fuzz takes a minute or two. A failure names the seed and
 * the mutations; {@code -Dfuzz.only=SEED} repeats just that mutant.
 */
class BadInputFuzzTest {
    static final long SEED = 20_240_611L;
    static final int FIRMS = 120;
    static final int SCENARIO_MUTANTS = Integer.getInteger("fuzz.scenarioMutants", 500);
    static final int TARGETS_MUTANTS = Integer.getInteger("fuzz.targetsMutants", 100);
    static final long ONLY = Long.getLong("fuzz.only", -1);
    static final int TIMEOUT_SECONDS = 60;
    /** -Dfuzz.wholePeriod=true runs every mutant that loads to the scenario's end, not one year (slower). */
    static final boolean WHOLE_PERIOD = Boolean.getBoolean("fuzz.wholePeriod");
    /** -Dfuzz.log=true writes every mutant and its outcome to target/fuzz-log-FILE.txt. */
    static final boolean LOG = Boolean.getBoolean("fuzz.log");

    /** machikoba: FILE:LINE: FIELD: expected ..., got ... */
    static final Pattern MESSAGE = Pattern.compile(
            "machikoba: (.+?):(\\d+): ([A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+])*(?:\\.[A-Za-z_][A-Za-z0-9_]*(?:\\[\\d+])*)*): expected .+, got .+");
    /** A Java class name (java.lang.Integer, com.fasterxml...) or an exception's name. */
    static final Pattern JAVA = Pattern.compile("\\b(?:java|javax|com|org|sun|jdk|machikoba)\\.[a-z]+\\.|[A-Za-z]*Exception\\b|\tat |`[a-z]+`");

    @TempDir Path tmp;

    /** Scaled to a small district: the same file, firms.count set to a few firms. */
    static String scaled(String name) throws IOException {
        String text = Files.readString(Path.of("scenarios", name + ".yaml"));
        String small = text.replaceFirst("(?m)^  count: \\d+", "  count: " + FIRMS);
        if (small.equals(text)) throw new AssertionError(name + ".yaml has no firms.count line to scale");
        return small;
    }

    private record Outcome(int status, String out, String err, long millis) { }

    private record Failure(long seed, String what, String why) {
        @Override public String toString() { return "seed " + seed + ": " + what + "\n    " + why.replace("\n", "\n    "); }
    }

    /** What a mutant is given to: the command line, its output folder, whether earlier results are there, what a run leaves. */
    private record Plan(List<String> args, Path out, boolean earlier, String expectedFile) { }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ota", "higashi-osaka", "kyoto", "japan"})
    void brokenScenariosRunOrStopWithOneMessage(String name) throws Exception {
        String base = scaled(name);
        Path file = tmp.resolve(name + ".yaml");
        fuzz(name + ".yaml", base, file, SCENARIO_MUTANTS, SEED + 1_000_000L * name.hashCode(), i -> {
            boolean batch = i % 3 != 0;
            Path out = tmp.resolve("out-" + i);
            List<String> args = new ArrayList<>(batch
                    ? List.of("batch", file.toString(), "--replications", "1", "--no-figures")
                    : List.of("run", file.toString()));
            args.addAll(List.of("--threads", "1", "--out", out.toString()));
            if (!WHOLE_PERIOD) args.addAll(List.of("--until", Integer.toString(startYear(base))));
            // a batch refuses a folder it did not make, whatever the scenario: earlier results only for run
            return new Plan(args, out, i % 2 == 1 && !batch, batch ? "runs.csv" : "timeseries.csv");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ota", "higashi-osaka", "kyoto", "japan"})
    void brokenTargetsValidateOrStopWithOneMessage(String name) throws Exception {
        String base = Files.readString(Path.of("scenarios", name + ".targets.yaml"));
        Files.writeString(tmp.resolve(name + ".yaml"), scaled(name));
        List<String> args0 = new ArrayList<>(List.of("validate"));
        if (base.contains("than: ota")) {
            // its targets are relative to Ota's, which must be validated in the same call
            Files.writeString(tmp.resolve("ota.yaml"), scaled("ota"));
            Files.copy(Path.of("scenarios/ota.targets.yaml"), tmp.resolve("ota.targets.yaml"));
            args0.add(tmp.resolve("ota.yaml").toString());
        }
        args0.add(tmp.resolve(name + ".yaml").toString());
        args0.addAll(List.of("--replications", "1", "--threads", "1"));
        fuzz(name + ".targets.yaml", base, tmp.resolve(name + ".targets.yaml"), TARGETS_MUTANTS, SEED + 7_000_000L * name.hashCode(), i -> {
            Path out = tmp.resolve("out-" + i);
            List<String> args = new ArrayList<>(args0);
            args.addAll(List.of("--out", out.toString()));
            return new Plan(args, out, i % 2 == 1, "validation.csv");
        });
    }

    /** Writes {@code count} mutants of {@code base} to {@code file} one after another and judges what the command line does with each. */
    private void fuzz(String label, String base, Path file, int count, long seedBase, IntFunction<Plan> plans) throws Exception {
        YamlMutator mutator = new YamlMutator(base);
        List<Failure> failures = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        int ran = 0, rejected = 0;
        long slowest = 0;
        String slowestWhat = "";
        for (int i = 0; i < count; i++) {
            long seed = seedBase + i;
            if (ONLY >= 0 && seed != ONLY) continue;
            YamlMutator.Mutant m = mutator.mutate(new Random(seed));
            Files.writeString(file, m.text());
            Plan p = plans.apply(i);
            if (p.earlier()) {
                Files.createDirectories(p.out());
                Files.writeString(p.out().resolve("earlier.txt"), "earlier results");
            }
            Outcome o = execute(p.args().toArray(String[]::new));
            if (o.millis() > slowest) { slowest = o.millis(); slowestWhat = m.description(); }
            // exit status 1 is a validation that ran and found a target missed: the input was fine
            Outcome judged = o.status() == 1 && o.err().isEmpty() && p.args().get(0).equals("validate")
                    ? new Outcome(0, o.out(), o.err(), o.millis()) : o;
            String why = judge(judged, file, p.out(), p.earlier(), m.text(), p.expectedFile());
            if (LOG) log.append(seed).append(" | ").append(m.description().replace("\n", "\\n")).append(" | ").append(o.status())
                    .append(" | ").append(o.millis()).append(" | ").append(o.err().strip().replace("\n", "\\n")).append('\n');
            if (why != null) failures.add(new Failure(seed, m.description(), why));
            else if (judged.status() == 0) ran++;
            else rejected++;
            deleteTree(p.out());
            if (o.millis() > TIMEOUT_SECONDS * 1000L) break;
        }
        if (LOG) Files.writeString(Path.of("target", "fuzz-log-" + label + ".txt"), log);
        report(label, ran, rejected, slowest, slowestWhat, failures);
    }

    /** Why an outcome breaks the property, or null when it keeps it. */
    static String judge(Outcome o, Path file, Path out, boolean earlier, String text, String expectedFile) throws IOException {
        if (o.millis() > TIMEOUT_SECONDS * 1000L) return "took " + o.millis() / 1000 + " s (limit " + TIMEOUT_SECONDS + " s)";
        String leftover = leftovers(out.getParent());
        if (leftover != null) return "left a staging folder behind: " + leftover;
        if (o.status() == 0) {
            if (!o.err().isEmpty()) return "exit 0 but wrote to stderr: " + o.err();
            if (!Files.isRegularFile(out.resolve(expectedFile))) return "exit 0 but no " + expectedFile + " in the output folder";
            if (Files.exists(out.resolve("earlier.txt"))) return "exit 0 but the folder was not replaced whole";
            return null;
        }
        if (o.status() != 2) return "exit status " + o.status() + " (expected 0 or 2); stderr:\n" + o.err();
        String msg = o.err().strip();
        if (msg.lines().count() != 1) return "expected one line on stderr, got:\n" + o.err();
        if (JAVA.matcher(msg).find()) return "a Java name in the message: " + msg;
        Matcher m = MESSAGE.matcher(msg);
        if (!m.matches()) return "not 'machikoba: FILE:LINE: FIELD: expected ..., got ...': " + msg;
        if (!m.group(1).equals(file.toString())) return "names " + m.group(1) + ", not the broken file " + file + ": " + msg;
        int line = Integer.parseInt(m.group(2)), lines = (int) text.lines().count();
        if (line < 1 || line > lines + 1) return "line " + line + " is not in the file (" + lines + " lines): " + msg;
        if (earlier) {
            try (Stream<Path> left = Files.list(out)) {
                List<String> names = left.map(p -> p.getFileName().toString()).toList();
                if (!names.equals(List.of("earlier.txt")) || !Files.readString(out.resolve("earlier.txt")).equals("earlier results")) {
                    return "the earlier output folder was changed: " + names;
                }
            }
        } else if (Files.exists(out)) {
            return "an output folder was left after the failure";
        }
        return null;
    }

    private static String leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".partial-") || n.contains(".old-"))
                    .findFirst().orElse(null);
        }
    }

    private static int startYear(String yaml) {
        Matcher m = Pattern.compile("(?m)^  start: (\\d+)").matcher(yaml);
        if (!m.find()) throw new AssertionError("no period.start");
        return Integer.parseInt(m.group(1));
    }

    /** Runs the command line here, with stdout and stderr captured, and a time limit. */
    static Outcome execute(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out, oldErr = System.err;
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-cli");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Future<Integer> f = one.submit(() -> Machikoba.execute(args));
            int status;
            try {
                status = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                status = -1;
            }
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    (System.nanoTime() - t0) / 1_000_000);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            one.shutdownNow();
        }
    }

    private static void report(String file, int ran, int rejected, long slowest, String slowestWhat, List<Failure> failures)
            throws IOException {
        String summary = String.format("%s: %d mutants ran, %d were rejected cleanly, %d broke the property; slowest %d ms (%s)",
                file, ran, rejected, failures.size(), slowest, slowestWhat);
        System.out.println(summary);
        if (failures.isEmpty()) return;
        Path log = Path.of("target", "fuzz-" + file + ".txt");
        Files.createDirectories(log.getParent());
        Files.writeString(log, summary + "\n" + String.join("\n", failures.stream().map(Failure::toString).toList()) + "\n");
        fail(summary + " (all in " + log + ")\n" + String.join("\n",
                failures.stream().limit(15).map(Failure::toString).toList()));
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
