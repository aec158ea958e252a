package machikoba.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** How an error message shows what it found: on one line, short, in the user's terms. */
final class Messages {
    private static final int LONGEST = 60;

    private Messages() { }

    /** 'text' on one line: line breaks and other control characters shown as escapes, long text cut. */
    static String quote(String s) {
        if (s == null) return "nothing";
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length() && i < LONGEST; i++) {
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (Character.isISOControl(c)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        if (s.length() > LONGEST) b.append("...");
        return b.append('\'').toString();
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** What a YAML value is, for "got ...": a list, a mapping, text 'x', 12.5, true, nothing. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "an empty value";
        if (n.isArray()) return n.isEmpty() ? "an empty list" : "a list";
        if (n.isObject()) return n.isEmpty() ? "an empty mapping" : "a mapping";
        if (n.isTextual()) return n.asText().isEmpty() ? "empty text" : "text " + quote(n.asText());
        if (n.isBinary()) return "binary data";
        return quote(n.asText()).replace("'", "");
    }

    /** What a field of this Java type holds, for "expected ...". */
    static String expected(Class<?> t) {
        if (t == null) return "another kind of value";
        if (t == int.class || t == Integer.class) return "a whole number";
        if (t == long.class || t == Long.class) return "a whole number";
        if (t == double.class || t == Double.class) return "a number";
        if (t == boolean.class || t == Boolean.class) return "true or false";
        if (t == String.class) return "text";
        if (List.class.isAssignableFrom(t)) return "a list";
        if (t.isRecord()) return "a mapping (" + names(
                java.util.Arrays.stream(t.getRecordComponents()).map(c -> (Object) c.getName()).toList()) + ")";
        return "another kind of value";
    }

    static String names(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
