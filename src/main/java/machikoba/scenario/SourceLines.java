package machikoba.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each value of a YAML document stands: field path ("firms.sizeClasses[2].share") to
 * line number. Jackson's tree drops locations, so we walk the tokens once to keep them and
 * can name the line of any field the validator or a type error points at.
 *
 * <p>The walk is also where the text is held to strict YAML: a key given twice in one mapping
 * (which YAML parsers otherwise settle silently, the last one winning) and a syntax error are
 * each a {@link ScenarioError} naming the line and the field the parser had reached.
 */
final class SourceLines {
    private static final Pattern KEY_ON_LINE = Pattern.compile("^\\s*(?:-\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*:");
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '(.*)'", Pattern.DOTALL);

    private final Map<String, Integer> lines = new HashMap<>();

    /**
     * @param firstField the field to name when an error comes before any key (an empty or
     *                   shapeless document): the first field the file must have
     */
    SourceLines(String file, String yaml, String firstField) {
        String[] textLines = yaml.split("\n", -1);
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            try {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    // a key's own line comes first (FIELD_NAME); list items take the line of their first token
                    String path = toPath(p.getParsingContext().pathAsPointer());
                    if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                    // numbers are parsed lazily; parse each here, where a malformed one has its place
                    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) p.getNumberValue();
                    int line = p.currentTokenLocation().getLineNr();
                    Integer first = lines.putIfAbsent(path, line);
                    if (t == JsonToken.FIELD_NAME && first != null) {
                        throw new ScenarioError(file, line, path, "expected each key once in a mapping, got '"
                                + p.currentName() + "' a second time (first on line " + first + ")");
                    }
                }
            } catch (JsonProcessingException e) {
                throw syntaxError(file, e, p.getParsingContext(), textLines, firstField);
            }
        } catch (IOException e) {
            throw new ScenarioError(file, 1, firstField, "expected a readable YAML text, got " + Messages.quote(e.getMessage()));
        }
    }

    private static ScenarioError syntaxError(String file, JsonProcessingException e, JsonStreamContext at,
                                             String[] textLines, String firstField) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String problem = e.getOriginalMessage();
        if (e.getCause() instanceof MarkedYAMLException y) {
            problem = y.getProblem();
            if (y.getProblemMark() != null) line = y.getProblemMark().getLine() + 1;
        }
        line = Math.max(1, Math.min(line, textLines.length));
        String field = at == null ? "" : toPath(at.pathAsPointer());
        if (field.isEmpty() || field.startsWith("[")) {
            Matcher k = KEY_ON_LINE.matcher(textLines[line - 1]);
            field = k.find() ? k.group(1) : firstField;
        }
        Matcher n = MALFORMED_NUMBER.matcher(problem == null ? "" : problem);
        if (n.find()) return new ScenarioError(file, line, field, "expected a finite number, got " + Messages.quote(n.group(1)));
        return new ScenarioError(file, line, field, "expected valid YAML, got a syntax error: " + Messages.firstLine(problem));
    }

    boolean has(String path) {
        return lines.containsKey(path);
    }

    /** The line of a path, or of its nearest ancestor that has one; 0 when unknown. */
    int lineOf(String path) {
        String p = path;
        while (true) {
            Integer l = lines.get(p);
            if (l != null) return l;
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) return lines.getOrDefault("", 1);
            p = p.substring(0, cut);
        }
    }

    /** "/firms/sizeClasses/2/share" to "firms.sizeClasses[2].share". */
    static String toPath(JsonPointer ptr) {
        StringBuilder s = new StringBuilder();
        for (JsonPointer q = ptr; q != null && !q.matches(); q = q.tail()) {
            if (q.mayMatchElement()) s.append('[').append(q.getMatchingIndex()).append(']');
            else {
                if (s.length() > 0) s.append('.');
                s.append(q.getMatchingProperty());
            }
        }
        return s.toString();
    }
}
