package machikoba.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {
    @TempDir Path tmp;

    @Test
    void committedFilesReplaceTheOldFolderWhole() throws IOException {
        Path target = tmp.resolve("run");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.csv"), "old");
        try (OutputFolder f = new OutputFolder(target)) {
            Files.writeString(f.staging().resolve("new.csv"), "new");
            assertTrue(Files.exists(target.resolve("old.csv")), "the old results stay until commit");
            f.commit();
        }
        assertFalse(Files.exists(target.resolve("old.csv")));
        assertEquals("new", Files.readString(target.resolve("new.csv")));
        assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OTHERS_READ), "results are readable by others");
        try (var left = Files.list(tmp)) {
            assertEquals(1, left.count(), "no staging or old folder left");
        }
    }

    @Test
    void anAbandonedFolderLeavesNothingBehind() throws IOException {
        Path target = tmp.resolve("run");
        try (OutputFolder f = new OutputFolder(target)) {
            Files.writeString(f.staging().resolve("half.csv"), "half");
        }
        try (var left = Files.list(tmp)) {
            assertEquals(0, left.count());
        }
    }
}
