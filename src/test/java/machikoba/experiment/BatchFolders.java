package machikoba.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Test support: compares two output folders file by file, byte for byte, all but
 * provenance.json, which records the command and its times ({@code ProvenanceTest} holds it
 * to account).
 */
public final class BatchFolders {
    private BatchFolders() { }

    public static TreeMap<String, Path> files(Path dir) throws IOException {
        TreeMap<String, Path> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) if (Files.isRegularFile(p) && !p.getFileName().toString().equals(Provenance.FILE)) out.put(dir.relativize(p).toString(), p);
        }
        return out;
    }

    public static void assertSameBytes(Path a, Path b) throws IOException {
        TreeMap<String, Path> fa = files(a), fb = files(b);
        assertEquals(List.copyOf(fa.keySet()), List.copyOf(fb.keySet()), "the same files");
        for (String name : fa.keySet()) {
            assertArrayEquals(Files.readAllBytes(fa.get(name)), Files.readAllBytes(fb.get(name)), name + " differs");
        }
    }
}
