package machikoba.experiment;

import machikoba.scenario.ScenarioError;

/**
 * A deterministic share of a batch's runs: shard I of N holds the runs whose id r has
 * {@code r mod N == I - 1}. Which runs a shard holds depends only on I, N and the run ids, so
 * shards run on different machines together hold every run exactly once, and each run keeps
 * its seed ({@link RunSeeds}) and its bytes whatever shard ran it.
 */
public record Shard(int index, int count, boolean whole) {
    /** The whole batch, unsharded: its folder is a batch folder, not a shard's ({@code --shard 1/1} is a shard's). */
    public static final Shard ALL = new Shard(1, 1, true);

    public Shard(int index, int count) { this(index, count, false); }

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new ScenarioError("--shard", 0, "", "expected I/N with 1 <= I <= N, got " + index + "/" + count);
        }
    }

    /** Parses "I/N", e.g. 2/7. */
    public static Shard parse(String spec) {
        String[] p = spec.trim().split("/");
        try {
            if (p.length == 2) return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ScenarioError("--shard", 0, "", "expected I/N with whole numbers 1 <= I <= N, e.g. 2/7, got '" + spec + "'");
    }

    public boolean holds(int runId) { return runId % count == index - 1; }

    public boolean isWhole() { return whole; }

    /** The manifest line that marks a shard's folder (none for the whole batch, whose manifest stays as it was). */
    String manifestLine() { return isWhole() ? "" : "shard: " + index + "/" + count + "\n"; }

    @Override
    public String toString() { return index + "/" + count; }
}
