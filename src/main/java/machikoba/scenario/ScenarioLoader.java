package machikoba.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario YAML file into a {@link Scenario}, optionally with values overridden by
 * path ({@code --set firms.count=500}), and validates it. Every failure is a
 * {@link ScenarioError} that names the file, the line and the field.
 */
public final class ScenarioLoader {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** For files with optional fields (targets): missing values bind as null and are checked by hand. */
    private static final ObjectMapper YAML_OPTIONAL = JsonMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
            throw new ScenarioError(name, 0, "", "expected a scenario YAML file such as scenarios/ota.yaml, got no such file");
        } catch (IOException e) {
            throw new ScenarioError(name, 0, "", "expected a readable file, got " + Messages.quote(e.getMessage()));
        }
        return parse(name, text, overrides);
    }

    public static Scenario parse(String name, String text, Map<String, String> overrides) {
        Parsed<Scenario> p = bind(name, text, Scenario.class, overrides, YAML);
        new ScenarioValidator(name, p.lines::lineOf).validate(p.value);
        return p.value;
    }

    /**
     * An error about a field of a file that has already been loaded, for checks made after
     * loading (a district too large for the heap, a target naming another scenario): it names
     * the line the field stands on.
     */
    public static ScenarioError errorAt(Path file, String field, String message) {
        int line = 0;
        try {
            line = new SourceLines(file.toString(), Files.readString(file, StandardCharsets.UTF_8), field).lineOf(field);
        } catch (IOException | ScenarioError e) {
            // the file was read once already; without it the message still names the file and field
        }
        return new ScenarioError(file.toString(), line, field, message);
    }

    /** A bound value with the line numbers of its source, for checks after binding. */
    record Parsed<T>(T value, SourceLines lines) { }

    /** Reads any YAML file into a record type with the same strict rules and file:line errors. */
    static <T> Parsed<T> read(Path file, Class<T> type) {
        String name = file.toString();
        try {
            return bind(name, Files.readString(file, StandardCharsets.UTF_8), type, Map.of(), YAML_OPTIONAL);
        } catch (NoSuchFileException e) {
            throw new ScenarioError(name, 0, "", "expected a YAML file, got no such file");
        } catch (IOException e) {
            throw new ScenarioError(name, 0, "", "expected a readable file, got " + Messages.quote(e.getMessage()));
        }
    }

    static <T> Parsed<T> bind(String name, String text, Class<T> type, Map<String, String> overrides, ObjectMapper mapper) {
        String first = type.getRecordComponents()[0].getName();
        SourceLines lines = new SourceLines(name, text, first);
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ScenarioError(name, line, first, "expected valid YAML, got " + Messages.quote(Messages.firstLine(e.getOriginalMessage())));
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new ScenarioError(name, 1, first, "expected " + Messages.expected(type) + ", got "
                    + (tree == null || tree.isMissingNode() ? "an empty file" : Messages.describe(tree)));
        }
        if (type == Scenario.class) PolicyDefaults.fill(root);
        if (type == Scenario.class) {
            for (String k : Scenario.OPTIONAL_LISTS) if (!root.has(k)) root.putArray(k);
            if (root.get("firms") instanceof ObjectNode firms && !firms.has(Scenario.OPTIONAL_SIZE_EXPONENT)) {
                firms.put(Scenario.OPTIONAL_SIZE_EXPONENT, 0.0);
            }
            if (root.get("assemblers") instanceof ObjectNode a && !a.has(Scenario.OPTIONAL_DEMAND_GROWTH_UNTIL)
                    && root.path("period").path("end").canConvertToInt()) {
                a.put(Scenario.OPTIONAL_DEMAND_GROWTH_UNTIL, root.path("period").path("end").asInt());
            }
            if (!root.has(Scenario.OPTIONAL_LAND)) {
                ObjectNode land = root.putObject(Scenario.OPTIONAL_LAND);
                land.put("sitePerEmployee", 0.0);
                land.putArray("path");
            }
        }
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            set(name, root, o.getKey(), o.getValue());
        }
        T value;
        try {
            value = mapper.treeToValue(root, type);
        } catch (JsonProcessingException e) {
            throw bindingError(name, lines, root, type, e);
        }
        emptyEntries(name, lines, type, value, "");
        return new Parsed<>(value, lines);
    }

    /** Jackson binds an empty list entry ("- " or "[1, ~]") as null: an error like an empty field. */
    private static void emptyEntries(String file, SourceLines lines, Class<?> type, Object value, String path) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String at = path + "[" + i + "]";
                if (list.get(i) == null) {
                    throw new ScenarioError(file, lines.lineOf(at), at, "expected " + Messages.expected(typeAt(type, at)) + ", got an empty value");
                }
                emptyEntries(file, lines, type, list.get(i), at);
            }
        } else if (value instanceof Record r) {
            for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getType().isPrimitive() || c.getType() == String.class) continue;
                try {
                    emptyEntries(file, lines, type, c.getAccessor().invoke(r), path.isEmpty() ? c.getName() : path + "." + c.getName());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static ScenarioError bindingError(String file, SourceLines lines, JsonNode root, Class<?> type, JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m.getPath()) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            int cut = path.lastIndexOf('.');
            String parent = cut < 0 ? "the file" : path.substring(0, cut);
            return new ScenarioError(file, lines.lineOf(path), path, "expected a key of " + parent + " ("
                    + Messages.names(u.getKnownPropertyIds()) + "), got unknown key '" + u.getPropertyName() + "'");
        }
        String msg = e.getOriginalMessage();
        if (e instanceof MismatchedInputException && msg != null && msg.startsWith("Missing") && msg.contains("creator property")) {
            String field = msg.replaceAll("(?s).*property '([^']*)'.*", "$1");
            String full = path.endsWith(field) ? path : path.isEmpty() ? field : path + "." + field;
            return new ScenarioError(file, lines.lineOf(full), full,
                    "expected " + Messages.expected(typeAt(type, full)) + ", got nothing (the field is missing)");
        }
        if (path.isEmpty()) path = type.getRecordComponents()[0].getName();
        return new ScenarioError(file, lines.lineOf(path), path,
                "expected " + Messages.expected(typeAt(type, path)) + ", got " + Messages.describe(nodeAt(root, path)));
    }

    /** The value at a path of the tree, or null when there is none. */
    private static JsonNode nodeAt(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : splitPath(path)) n = n == null ? null : child(n, part);
        return n;
    }

    /** The Java type a path of a record type binds to ("firms.sizeClasses[2].share" -> double); null if none. */
    static Class<?> typeAt(Class<?> type, String path) {
        java.lang.reflect.Type t = type;
        for (String part : splitPath(path)) {
            if (t instanceof java.lang.reflect.ParameterizedType p && List.class.isAssignableFrom((Class<?>) p.getRawType())) {
                t = p.getActualTypeArguments()[0];
                continue;
            }
            if (!(t instanceof Class<?> c) || !c.isRecord()) return null;
            java.lang.reflect.Type next = null;
            for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
                if (rc.getName().equals(part)) next = rc.getGenericType();
            }
            if (next == null) return null;
            t = next;
        }
        if (t instanceof java.lang.reflect.ParameterizedType p) return (Class<?>) p.getRawType();
        return t instanceof Class<?> c ? c : null;
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
                throw new ScenarioError(file, 0, path, "expected an existing path such as firms.count, got no such value in the scenario");
            }
        }
        String last = parts.get(parts.size() - 1);
        JsonNode old = child(node, last);
        if (old == null || old.isContainerNode()) {
            throw new ScenarioError(file, 0, path, "expected an existing path to a single value, got " + (old == null ? "no such value in the scenario" : "a " + (old.isArray() ? "list" : "mapping")));
        }
        JsonNode replacement;
        try {
            if (old.isBoolean()) replacement = BooleanNode.valueOf(parseBoolean(value.trim()));
            else if (old.isIntegralNumber()) replacement = integralOrDouble(value.trim());
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
            throw new ScenarioError(name, 0, "", "expected a readable scenario file, got " + Messages.quote(e.getMessage()));
        }
        for (String part : splitPath(path)) {
            node = node == null ? null : child(node, part);
        }
        if (node == null || !node.isNumber()) {
            throw new ScenarioError(name, 0, path, "expected an existing path to a number such as firms.count, got " + (node == null ? "no such value in the scenario" : Messages.describe(node)));
        }
        return node.isIntegralNumber();
    }

    /**
     * A value set over a whole number in the file: whole if it is one, else a decimal, which the
     * binder accepts where the field is a decimal (owners.meanAge written 52) and refuses, with
     * the field's name, where it must be whole (firms.count).
     */
    private static JsonNode integralOrDouble(String v) {
        try {
            return longOrInt(Long.parseLong(v));
        } catch (NumberFormatException e) {
            return DoubleNode.valueOf(Double.parseDouble(v));
        }
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
