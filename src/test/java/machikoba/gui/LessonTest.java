package machikoba.gui;

import machikoba.model.District;
import machikoba.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every lesson names a district that exists, moves levers through the District's setters, cites its studies. */
class LessonTest {

    @Test
    void lessonsSetTheirLeversOnAFreshDistrict() {
        for (Lesson l : Lesson.ALL) {
            Path file = Path.of("scenarios", l.district() + ".yaml");
            assertTrue(Files.exists(file), l.title() + ": no " + file);
            District d = new District(1, ScenarioLoader.load(file, Map.of("firms.count", "100")));
            l.setUp().accept(d);
            assertTrue(l.html().matches("(?s).*\\[(IA-1999|IA-2001|CT-2003|U-2009)\\].*"), l.title() + " cites no study");
        }
        District d = new District(1, ScenarioLoader.load(Path.of("scenarios/ota.yaml"), Map.of("firms.count", "100")));
        Lesson.find("cost-down").setUp().accept(d);
        assertEquals(0.0, d.getCostDownRate());
        assertSame(Lesson.ALL.get(3), Lesson.find("4"));
        assertNull(Lesson.find("no such lesson"));
    }
}
