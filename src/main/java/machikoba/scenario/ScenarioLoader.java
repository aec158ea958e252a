package machikoba.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a scenario YAML file into a {@link Scenario}, optionally with values overridden by
 * path ({@code --set firms.count=500}), and validates it. Every failure is a
 * {@link ScenarioError} that names the file, the line and the field.
 */
public final class ScenarioLoader {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** For files with optional fields (targets): missing values bind as null and are checked by hand. */
    private static final ObjectMapper YAML_OPTIONAL = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ScenarioLoader() { }

    public static Scenario load(Path file) {
        return load(file, Map.of());
    }

    /** Loads a file with values replaced by path, e.g. {@code "assemblers.costDown.rate" -> "0.03"}. */
    public static Scenario load(Path file, Map<String, String> overrides) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioError(name, 0, "", "no such file; expected a scenario YAML file such as scenarios/ota.yaml");
        } catch (IOException e) {
            throw new ScenarioError(name, 0, "", "cannot read the file: " + e.getMessage());
        }
        return parse(name, text, overrides);
    }

    public static Scenario parse(String name, String text, Map<String, String> overrides) {
        Parsed<Scenario> p = bind(name, text, Scenario.class, overrides, YAML);
        new ScenarioValidator(name, p.lines::lineOf).validate(p.value);
        return p.value;
    }

    /** A bound value with the line numbers of its source, for checks after binding. */
    record Parsed<T>(T value, SourceLines lines) { }

    /** Reads any YAML file into a record type with the same strict rules and file:line errors. */
    static <T> Parsed<T> read(Path file, Class<T> type) {
        String name = file.toString();
        try {
            return bind(name, Files.readString(file, StandardCharsets.UTF_8), type, Map.of(), YAML_OPTIONAL);
        } catch (NoSuchFileException e) {
            throw new ScenarioError(name, 0, "", "no such file");
        } catch (IOException e) {
            throw new ScenarioError(name, 0, "", "cannot read the file: " + e.getMessage());
        }
    }

    static <T> Parsed<T> bind(String name, String text, Class<T> type, Map<String, String> overrides, ObjectMapper mapper) {
        SourceLines lines;
        JsonNode tree;
        try {
            lines = new SourceLines(text);
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScenarioError(name, line, "", "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioError(name, 0, "", "cannot read the file: " + e.getMessage());
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new ScenarioError(name, 1, "", "expected a mapping of sections");
        }
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            set(name, root, o.getKey(), o.getValue());
        }
        try {
            return new Parsed<>(mapper.treeToValue(root, type), lines);
        } catch (JsonProcessingException e) {
            throw bindingError(name, lines, e);
        }
    }

    private static ScenarioError bindingError(String file, SourceLines lines, JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            String known = knownNames(u.getKnownPropertyIds());
            return new ScenarioError(file, lines.lineOf(path), path,
                    "unknown key '" + u.getPropertyName() + "'; expected one of: " + known);
        }
        if (e instanceof InvalidFormatException f) {
            return new ScenarioError(file, lines.lineOf(path), path,
                    "expected " + describe(f.getTargetType()) + ", got '" + f.getValue() + "'");
        }
        if (e instanceof MismatchedInputException m) {
            String msg = m.getOriginalMessage();
            if (msg != null && msg.startsWith("Missing") && msg.contains("creator property")) {
                String field = msg.replaceAll("(?s).*property '([^']*)'.*", "$1");
                String full = path.endsWith(field) ? path : path.isEmpty() ? field : path + "." + field;
                return new ScenarioError(file, lines.lineOf(full), full, "missing; this field is required");
            }
            if (msg != null && (msg.contains("Null value for creator property") || msg.contains("Cannot map `null`"))) {
                boolean absent = !lines.has(path);
                return new ScenarioError(file, lines.lineOf(path), path,
                        absent ? "missing; this field is required" : "empty; expected " + describe(m.getTargetType()));
            }
            return new ScenarioError(file, lines.lineOf(path), path,
                    "expected " + describe(m.getTargetType()) + got(msg));
        }
        return new ScenarioError(file, 0, path, firstLine(e.getOriginalMessage()));
    }

    /** Jackson quotes the offending text as ("..."); show it to the user. */
    private static String got(String msg) {
        java.util.regex.Matcher m = msg == null ? null : java.util.regex.Pattern.compile("\\(\"([^\"]*)\"\\)").matcher(msg);
        if (m != null && m.find()) return ", got '" + m.group(1) + "'";
        if (msg != null && msg.contains("START_ARRAY")) return ", got a list";
        if (msg != null && msg.contains("START_OBJECT")) return ", got a mapping";
        return "";
    }

    private static String describe(Class<?> t) {
        if (t == null) return "another kind of value";
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) return "a whole number";
        if (t == double.class || t == Double.class) return "a number";
        if (t == String.class) return "text";
        if (List.class.isAssignableFrom(t)) return "a list";
        if (t.isRecord()) return "a mapping (" + knownNames(
                java.util.Arrays.stream(t.getRecordComponents()).map(c -> (Object) c.getName()).toList()) + ")";
        return t.getSimpleName();
    }

    private static String knownNames(Collection<Object> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (s.length() > 0) s.append('.');
                s.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /**
     * Replaces one scalar value by path ("macro[3].demand", "firms.count"). The path must
     * already exist: a sweep over a misspelt key would otherwise run the base scenario silently.
     */
    static void set(String file, ObjectNode root, String path, String value) {
        List<String> parts = splitPath(path);
        JsonNode node = root;
        for (int i = 0; i < parts.size() - 1; i++) {
            node = child(node, parts.get(i));
            if (node == null || !node.isContainerNode()) {
                throw new ScenarioError(file, 0, path, "no such value in the scenario; expected an existing path such as firms.count");
            }
        }
        String last = parts.get(parts.size() - 1);
        JsonNode old = child(node, last);
        if (old == null || old.isContainerNode()) {
            throw new ScenarioError(file, 0, path, "no such value in the scenario; expected an existing path to a single value");
        }
        JsonNode replacement;
        try {
            if (old.isBoolean()) replacement = BooleanNode.valueOf(parseBoolean(value.trim()));
            else if (old.isIntegralNumber()) replacement = longOrInt(Long.parseLong(value.trim()));
            else if (old.isNumber()) replacement = DoubleNode.valueOf(Double.parseDouble(value.trim()));
            else replacement = TextNode.valueOf(value);
        } catch (NumberFormatException e) {
            throw new ScenarioError(file, 0, path, "expected " + (old.isBoolean() ? "true or false" : "a number") + ", got '" + value + "'");
        }
        if (node instanceof ObjectNode o) o.set(last, replacement);
        else ((ArrayNode) node).set(Integer.parseInt(last), replacement);
    }

    private static boolean parseBoolean(String v) {
        if (v.equals("true")) return true;
        if (v.equals("false")) return false;
        throw new NumberFormatException(v);
    }

    /**
     * Whether the value at a path is a whole number (e.g. firms.count), so that a sampler can
     * round what it draws for it instead of failing; a missing path is a ScenarioError.
     */
    public static boolean wholeNumberAt(Path file, String path) {
        String name = file.toString();
        JsonNode node;
        try {
            node = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ScenarioError(name, 0, "", "cannot read the file: " + e.getMessage());
        }
        for (String part : splitPath(path)) {
            node = node == null ? null : child(node, part);
        }
        if (node == null || !node.isNumber()) {
            throw new ScenarioError(name, 0, path, "no such number in the scenario; expected an existing path such as firms.count");
        }
        return node.isIntegralNumber();
    }

    private static JsonNode longOrInt(long v) {
        return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    private static JsonNode child(JsonNode node, String part) {
        if (node.isArray()) {
            try {
                return node.get(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return node.get(part);
    }

    /** "macro[3].demand" to [macro, 3, demand]. */
    static List<String> splitPath(String path) {
        List<String> parts = new ArrayList<>();
        for (String dotted : path.split("\\.")) {
            int b = dotted.indexOf('[');
            if (b < 0) { parts.add(dotted); continue; }
            if (b > 0) parts.add(dotted.substring(0, b));
            for (String idx : dotted.substring(b).split("\\[")) {
                if (!idx.isEmpty()) parts.add(idx.replace("]", ""));
            }
        }
        return parts;
    }
}
