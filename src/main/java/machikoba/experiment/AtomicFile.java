package machikoba.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file that is either absent, its old self, or whole: it is written under a temporary name
 * in the same folder and moved into place in one step. A batch killed at any moment (even
 * kill -9) leaves at most a stray temporary file, which the next start removes.
 */
public final class AtomicFile {
    /** Marks temporary files; anything carrying it is debris of an interrupted write. */
    public static final String PARTIAL = ".partial-";

    public interface Body { void write(Writer w) throws IOException; }
    public interface PathBody { void write(Path tmp) throws IOException; }

    private AtomicFile() { }

    public static void write(Path file, Body body) throws IOException {
        writeVia(file, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
        });
    }

    /** For writers that want a path (image encoders): they write the temporary file. */
    public static void writeVia(Path file, PathBody body) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + PARTIAL + ProcessHandle.current().pid()
                + "-" + Thread.currentThread().getId());
        try {
            body.write(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes temporary files left in a folder by an interrupted process. */
    public static void sweep(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().contains(PARTIAL) && Files.isRegularFile(p)) Files.delete(p);
            }
        }
    }
}
