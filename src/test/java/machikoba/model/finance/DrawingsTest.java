package machikoba.model.finance;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DrawingsTest {
    @Test
    void theOwnerTakesHalfOfWhatIsBeyondTheReserve() {
        assertEquals(5, Drawings.take(40, 10, 3), 1e-12);
        assertEquals(0, Drawings.take(30, 10, 3), 0, "at the reserve: nothing");
        assertEquals(0, Drawings.take(-5, 10, 3), 0, "short of cash: nothing");
    }
}
