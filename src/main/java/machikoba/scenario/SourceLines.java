package machikoba.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a YAML document stands: field path ("firms.sizeClasses[2].share") to
 * line number. Jackson's tree drops locations, so we walk the tokens once to keep them and
 * can name the line of any field the validator or a type error points at.
 */
final class SourceLines {
    private final Map<String, Integer> lines = new HashMap<>();

    SourceLines(String yaml) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                // a key's own line comes first (FIELD_NAME); list items take the line of their first token
                String path = toPath(p.getParsingContext().pathAsPointer());
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
            }
        }
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
            if (cut <= 0) return lines.getOrDefault("", 0);
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
