package machikoba.experiment;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunSeedsTest {
    @Test
    void seedsOfOneBatchNeverRepeatInTheBitsMasonUses() {
        // MersenneTwisterFast keeps the low 32 bits of a seed: check distinctness there
        BitSet seen = new BitSet();
        BitSet seenHigh = new BitSet();
        for (long run = 0; run < 1_000_000; run++) {
            long s = RunSeeds.of(1, run);
            assertTrue(s >= 0 && s < (1L << 32));
            // split the 32-bit space in two bit sets to stay within int indices
            BitSet set = s < (1L << 31) ? seen : seenHigh;
            int i = (int) (s & 0x7FFFFFFFL);
            assertFalse(set.get(i), "seed repeated at run " + run);
            set.set(i);
        }
    }

    @Test
    void seedDependsOnBaseSeedAndRunIdOnly() {
        assertEquals(RunSeeds.of(7, 42), RunSeeds.of(7, 42));
        assertNotEquals(RunSeeds.of(7, 42), RunSeeds.of(8, 42));
        assertNotEquals(RunSeeds.of(7, 42), RunSeeds.of(7, 43));
    }
}
