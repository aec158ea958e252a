package machikoba.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The policy block is optional: before a scenario is bound, every key of {@code policy-defaults.yaml}
 * (every lever off) that the file does not give is filled in. Keys the file gives stay as they
 * are, so an unknown key or a wrong value is still the file's error, with its line.
 */
final class PolicyDefaults {
    private static final JsonNode DEFAULTS = read();

    private PolicyDefaults() { }

    private static JsonNode read() {
        try (InputStream in = PolicyDefaults.class.getResourceAsStream("policy-defaults.yaml")) {
            if (in == null) throw new IllegalStateException("policy-defaults.yaml is missing from the jar");
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills what the file leaves out of the policy block. */
    static void fill(ObjectNode root) {
        merge(root, DEFAULTS);
    }

    private static void merge(ObjectNode into, JsonNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode have = into.get(e.getKey());
            if (have == null) into.set(e.getKey(), e.getValue().deepCopy());
            else if (have instanceof ObjectNode o && e.getValue().isObject()) merge(o, e.getValue());
        }
    }
}
