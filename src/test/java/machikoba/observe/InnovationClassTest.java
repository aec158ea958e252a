package machikoba.observe;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InnovationClassTest {
    @Test
    void classesFollowProductsCustomerBaseAndValueAdded() {
        assertEquals(InnovationClass.LEADER, InnovationClass.of(2, true, 0.3, 8, 7));
        assertEquals(InnovationClass.MODERATE, InnovationClass.of(2, true, 0.3, 6, 7), "below-median value added");
        assertEquals(InnovationClass.MODERATE, InnovationClass.of(1, true, 0.45, 8, 7));
        assertEquals(InnovationClass.MIXED, InnovationClass.of(1, true, 0.8, 8, 7), "a product but a parent");
        assertEquals(InnovationClass.MIXED, InnovationClass.of(0, true, 0.2, 8, 7), "R&D without a product yet");
        assertEquals(InnovationClass.FAILURE, InnovationClass.of(0, false, 0.2, 8, 7));
    }
}
