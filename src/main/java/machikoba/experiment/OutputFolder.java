package machikoba.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that appears whole or not at all: files are written into a staging
 * folder beside the target, which replaces the target in one move when everything is
 * written. A failed or interrupted run leaves the earlier results as they were.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    public OutputFolder(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Files.createDirectories(this.target.getParent());
        this.staging = Files.createTempDirectory(this.target.getParent(), "." + this.target.getFileName() + ".partial-");
        // a temporary folder is private; results are not
        try {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    /** Where to write files now. */
    public Path staging() { return staging; }

    public Path target() { return target; }

    /** Puts the staged files in place of the target folder. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (old != null) deleteTree(old);
    }

    @Override
    public void close() {
        if (!committed) deleteTree(staging);
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(q -> {
                try { Files.delete(q); } catch (IOException e) { throw new UncheckedIOException(e); }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
