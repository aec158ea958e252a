package machikoba.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a YAML file the ways people and editors do: lines and keys deleted or duplicated,
 * values retyped (number to text, scalar to list or mapping, empty), extreme values (huge,
 * negative, NaN, .inf, 0, 1e308), values or keys swapped, the file cut short, indentation
 * off. It works on the text, not on a parsed tree, so that what it makes need not be YAML at
 * all. The same {@link Random} gives the same mutant, so a failing case is one seed away.
 */
final class YamlMutator {
    /** A mutant and what was done to make it, for the failure message. */
    record Mutant(String text, String description) { }

    enum Kind { DELETE_LINE, DELETE_KEY, DUPLICATE_KEY, RETYPE, EXTREME, SCALE, SWAP_VALUES, SWAP_KEYS, TRUNCATE, INDENT }

    /** A piece of one line: a key or a scalar value, from start (inclusive) to end (exclusive). */
    private record Span(int line, int start, int end, boolean flow) { }

    static final List<String> RETYPED = List.of(
            "'%s'", "\"%s\"", "many", "[%s, %s]", "[]", "{value: %s}", "{}", "", "~", "null", "true", "no",
            "'1,000'", "0x1F", "1_000", "2001-01-01", "12:30", "%s%s", "- %s", "&a %s", "*nowhere", "!!str %s",
            "!!binary aGVsbG8=", "%s #", "\"\\u0000\"", "|\n    two\n    lines");

    static final List<String> EXTREMES = List.of(
            "0", "0.0", "-0.0", "1", "-1", "-5", "0.5", "1e308", "-1e308", "1e309", "-1e309", ".nan", ".NaN",
            ".inf", "-.inf", "+.inf", "4.9e-324", "1e-12", "2147483647", "2147483648", "-2147483648",
            "-2147483649", "9223372036854775807", "9223372036854775808", "1e19", "123456789012345678901234567890",
            "99999999999", "1e9", "1.7976931348623157e308");

    private static final Pattern BLOCK_KEY = Pattern.compile("^(\\s*)(- )?([A-Za-z_][A-Za-z0-9_]*):(?=\\s|$)");
    private static final Pattern FLOW_ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*): ([^,{}\\[\\]#]*?)\\s*(?=[,}])");

    /** The kinds of mutation drawn; -Dfuzz.kinds=SCALE,EXTREME narrows them, e.g. to reach the model more often. */
    static final List<Kind> KINDS = System.getProperty("fuzz.kinds") == null ? List.of(Kind.values())
            : java.util.Arrays.stream(System.getProperty("fuzz.kinds").split(",")).map(Kind::valueOf).toList();

    private final List<String> lines;
    private final List<Span> keys = new ArrayList<>();
    private final List<Span> values = new ArrayList<>();

    YamlMutator(String text) {
        this.lines = List.of(text.split("\n", -1));
        for (int i = 0; i < lines.size(); i++) index(i, lines.get(i));
    }

    private void index(int i, String line) {
        String code = stripComment(line);
        Matcher k = BLOCK_KEY.matcher(code);
        if (k.find()) {
            keys.add(new Span(i, k.start(3), k.end(3), false));
            int v = k.end();
            while (v < code.length() && code.charAt(v) == ' ') v++;
            int end = code.stripTrailing().length();
            if (v < end && code.charAt(v) != '{' && code.charAt(v) != '[' && code.charAt(v) != '>' && code.charAt(v) != '|') {
                values.add(new Span(i, v, end, false));
            }
        }
        Matcher f = FLOW_ENTRY.matcher(code);
        while (f.find()) {
            if (k.find(0) && f.start(1) == k.start(3)) continue;
            keys.add(new Span(i, f.start(1), f.end(1), true));
            if (f.end(2) > f.start(2)) values.add(new Span(i, f.start(2), f.end(2), true));
        }
        for (int open = code.indexOf('['); open >= 0; open = code.indexOf('[', open + 1)) {
            int close = code.indexOf(']', open);
            if (close < 0) break;
            int from = open + 1;
            for (int j = from; j <= close; j++) {
                if (j == close || code.charAt(j) == ',') {
                    String item = code.substring(from, j);
                    int lead = item.length() - item.stripLeading().length();
                    if (!item.isBlank() && item.indexOf('{') < 0 && item.indexOf('[') < 0) {
                        values.add(new Span(i, from + lead, from + item.stripTrailing().length(), true));
                    }
                    from = j + 1;
                }
            }
        }
    }

    /** The part of a line before its comment ("  # ..."), quotes respected. */
    static String stripComment(String line) {
        boolean single = false, dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) single = !single;
            else if (c == '"' && !single) dbl = !dbl;
            else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** One to three mutations in a row. */
    Mutant mutate(Random r) {
        int n = r.nextInt(10) < 7 ? 1 : 2 + r.nextInt(2);
        YamlMutator m = this;
        StringBuilder what = new StringBuilder();
        String text = null;
        for (int i = 0; i < n; i++) {
            Kind kind = KINDS.get(r.nextInt(KINDS.size()));
            Mutant one = m.apply(kind, r);
            text = one.text();
            if (what.length() > 0) what.append("; then ");
            what.append(one.description());
            m = new YamlMutator(text);
        }
        return new Mutant(text, what.toString());
    }

    Mutant apply(Kind kind, Random r) {
        List<String> out = new ArrayList<>(lines);
        switch (kind) {
            case DELETE_LINE -> {
                int i = nonBlankLine(r);
                out.remove(i);
                return new Mutant(join(out), "deleted line " + (i + 1) + ": " + lines.get(i).strip());
            }
            case DELETE_KEY, DUPLICATE_KEY -> {
                if (keys.isEmpty()) return apply(Kind.DELETE_LINE, r);
                boolean delete = kind == Kind.DELETE_KEY;
                String done = delete ? "deleted key " : "duplicated key ";
                Span k = keys.get(r.nextInt(keys.size()));
                if (k.flow()) {
                    String line = lines.get(k.line());
                    int end = flowEntryEnd(line, k.end());
                    int start = k.start();
                    if (!delete) {
                        out.set(k.line(), line.substring(0, end) + ", " + line.substring(start, end) + line.substring(end));
                    } else {
                        if (end < line.length() && line.charAt(end) == ',') end++;
                        else if (start >= 2 && line.startsWith(", ", start - 2)) start -= 2;
                        out.set(k.line(), line.substring(0, start) + line.substring(end).replaceFirst("^ (?=\\S)", ""));
                    }
                    return new Mutant(join(out), done + name(k) + " on line " + (k.line() + 1));
                }
                int last = blockEnd(k.line());
                if (delete) {
                    for (int i = last; i >= k.line(); i--) out.remove(i);
                } else {
                    // a list item's first key is duplicated without its dash, inside the same item
                    List<String> block = new ArrayList<>(lines.subList(k.line(), last + 1));
                    block.set(0, block.get(0).replaceFirst("^(\\s*)- ", "$1  "));
                    out.addAll(last + 1, block);
                }
                return new Mutant(join(out), done + name(k) + " (lines " + (k.line() + 1) + "-" + (last + 1) + ")");
            }
            case RETYPE -> {
                if (values.isEmpty()) return apply(Kind.TRUNCATE, r);
                Span v = values.get(r.nextInt(values.size()));
                String old = text(v);
                String to = RETYPED.get(r.nextInt(RETYPED.size())).replace("%s", old);
                if (v.flow()) to = to.replace("\n", " ");
                out.set(v.line(), replace(lines.get(v.line()), v, to));
                return new Mutant(join(out), "retyped " + old + " on line " + (v.line() + 1) + " to " + to);
            }
            case EXTREME -> {
                if (values.isEmpty()) return apply(Kind.TRUNCATE, r);
                Span v = values.get(r.nextInt(values.size()));
                String to = EXTREMES.get(r.nextInt(EXTREMES.size()));
                out.set(v.line(), replace(lines.get(v.line()), v, to));
                return new Mutant(join(out), "set " + text(v) + " on line " + (v.line() + 1) + " to " + to);
            }
            case SCALE -> {
                // a number made 0, tiny, ten times larger or negative: often still valid, so it reaches the model
                List<Span> numbers = values.stream().filter(v -> text(v).matches("-?[0-9]+(\\.[0-9]+)?")).toList();
                if (numbers.isEmpty()) return apply(Kind.EXTREME, r);
                Span v = numbers.get(r.nextInt(numbers.size()));
                double x = Double.parseDouble(text(v));
                double[] factors = {0, 0.01, 0.1, 0.5, 2, 10, -1};
                double y = x * factors[r.nextInt(factors.length)];
                String to = text(v).contains(".") || y != Math.rint(y) ? Double.toString(y) : Long.toString((long) y);
                out.set(v.line(), replace(lines.get(v.line()), v, to));
                return new Mutant(join(out), "scaled " + text(v) + " on line " + (v.line() + 1) + " to " + to);
            }
            case SWAP_VALUES -> {
                return swap(values, "values", out, r);
            }
            case SWAP_KEYS -> {
                return swap(keys, "keys", out, r);
            }
            case TRUNCATE -> {
                String text = join(lines);
                int at = r.nextInt(Math.max(1, text.length()));
                return new Mutant(text.substring(0, at), "cut the file after character " + at);
            }
            case INDENT -> {
                int i = nonBlankLine(r);
                String line = lines.get(i);
                String body = line.stripLeading();
                int indent = line.length() - body.length();
                String[] choices = {" ".repeat(indent + 1), " ".repeat(Math.max(0, indent - 1)), " ".repeat(indent + 2),
                    " ".repeat(Math.max(0, indent - 2)), "\t" + " ".repeat(indent), "", " ".repeat(indent + 4)};
                String pre = choices[r.nextInt(choices.length)];
                out.set(i, pre + body);
                return new Mutant(join(out), "indented line " + (i + 1) + " by " + pre.replace("\t", "\\t").length()
                        + " (was " + indent + "): " + body);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private Mutant swap(List<Span> spans, String what, List<String> out, Random r) {
        if (spans.size() < 2) return apply(Kind.DELETE_LINE, r);
        Span a = spans.get(r.nextInt(spans.size())), b = spans.get(r.nextInt(spans.size()));
        if (a.equals(b)) b = spans.get((spans.indexOf(a) + 1) % spans.size());
        if (b.line() < a.line() || (b.line() == a.line() && b.start() < a.start())) { Span t = a; a = b; b = t; }
        String ta = text(a), tb = text(b);
        // the later span first, so that the earlier one's offsets still hold on a shared line
        out.set(b.line(), replace(out.get(b.line()), b, ta.replace("\n", " ")));
        out.set(a.line(), replace(out.get(a.line()), a, tb.replace("\n", " ")));
        return new Mutant(join(out), "swapped " + what + " " + ta + " (line " + (a.line() + 1) + ") and " + tb
                + " (line " + (b.line() + 1) + ")");
    }

    private int nonBlankLine(Random r) {
        for (int tries = 0; tries < 100; tries++) {
            int i = r.nextInt(lines.size());
            if (!lines.get(i).isBlank()) return i;
        }
        return 0;
    }

    /** The last line of the block a key opens: the lines after it that are indented deeper. */
    private int blockEnd(int keyLine) {
        String first = lines.get(keyLine);
        Matcher m = BLOCK_KEY.matcher(first);
        int indent = m.find() ? m.start(3) : first.length() - first.stripLeading().length();
        int last = keyLine;
        for (int i = keyLine + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.stripLeading().startsWith("#")) continue;
            if (l.length() - l.stripLeading().length() <= indent) break;
            last = i;
        }
        return last;
    }

    /** Where a flow entry "key: value" that starts its key at {@code keyEnd} ends: before ',' or '}'. */
    private static int flowEntryEnd(String line, int keyEnd) {
        int depth = 0;
        for (int i = keyEnd; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[' || c == '{') depth++;
            else if ((c == ']' || c == '}') && depth-- == 0) return i;
            else if (c == ',' && depth == 0) return i;
        }
        return line.length();
    }

    private String text(Span s) {
        return lines.get(s.line()).substring(s.start(), s.end());
    }

    private String name(Span k) {
        return text(k);
    }

    private static String replace(String line, Span s, String to) {
        return line.substring(0, s.start()) + to + line.substring(s.end());
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines);
    }
}
