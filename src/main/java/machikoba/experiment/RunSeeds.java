package machikoba.experiment;

/**
 * The seed of each run of a batch, derived from the batch's base seed and the run's id
 * (run id = point id x replications + replication), never from the clock.
 * <p>
 * MASON's MersenneTwisterFast keeps only the low 32 bits of a seed, so seeds are made
 * distinct in 32 bits: the base seed is mixed to 32 bits (SplitMix64's finaliser), then
 * {@code seed = fmix32(base32 + (runId + 1) * 0x9E3779B9)}. Adding an odd constant times the
 * run id is a bijection modulo 2^32 and MurmurHash3's fmix32 is a bijection too, so within a
 * batch of fewer than 2^32 runs no two runs share a seed. The seed is recorded (0..2^32-1)
 * and {@code run --seed S} with the same overrides reproduces the run.
 */
public final class RunSeeds {
    private RunSeeds() { }

    public static long of(long baseSeed, long runId) {
        int base = (int) mix64(baseSeed);
        int s = fmix32(base + (int) (runId + 1) * 0x9E3779B9);
        return s & 0xFFFFFFFFL;
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int fmix32(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
