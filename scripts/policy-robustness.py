#!/usr/bin/env python3
"""How robust is the ranking of bottom-up against top-down cluster policy to the uncertain
network-behaviour parameters? Morris elementary effects (r trajectories on a 4-level grid) over
them; at every design point `machikoba compare` runs the top-down package as the baseline and the
bottom-up package as the variant on common random numbers, so each point gives the paired
difference bottom-up - top-down. Writes robustness.csv (one row per point) and robustness.md
(mu*, sigma per parameter and metric; in how many points bottom-up is ahead) into OUT.

Usage: scripts/policy-robustness.py [OUT] [TRAJECTORIES] [REPLICATIONS]   (standard library only)
"""
import csv, os, random, subprocess, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "output/policy/robustness"
R = int(sys.argv[2]) if len(sys.argv) > 2 else 4
REPS = sys.argv[3] if len(sys.argv) > 3 else "3"
SCENARIO = "scenarios/ota.yaml"
# a smaller Ota (a third of its firms); the packages scaled to it as Kyoto's in docs/policy.md
FIXED = ["firms.count=3000", "policy.salespersons.visitsPerYear=170", "policy.grants.target=topDown",
         "policy.grants.projectsPerYear=3"]
BOTTOM_UP = ("bottomup:networkPolicy.centralCalls[0]=2100,networkPolicy.centralCalls[1]=2100,"
             "policy.salespersons.visitsPerYear=0,policy.grants.target=firm,policy.grants.projectsPerYear=3,"
             "policy.localSupport.share=0.5,policy.keyPerson.visitsPerYear=100")
# the uncertain network behaviour (all calibrated or assumed; docs/calibration/networks.md)
PARAMS = [("networkBehaviour.engagement.base", 0.6, 1.0),
          ("networkBehaviour.engagement.similarity", 0.3, 1.0),
          ("networkBehaviour.engagement.pressure", 0.6, 1.8),
          ("networkBehaviour.trust.gain", 0.15, 0.6),
          ("networkBehaviour.activities.jointRdProductivity", 1.0, 4.0)]
METRICS = ["firms", "exits_insolvency", "products", "leaders", "joint_products", "parent_share", "public_cost"]
LEVELS = 4
DELTA = LEVELS / (2 * (LEVELS - 1))


def trajectories(rng):
    k = len(PARAMS)
    out = []
    for _ in range(R):
        x = [rng.choice([0, 1 / 3]) for _ in range(k)]   # start where +DELTA stays on the grid
        points, moved = [list(x)], []
        for j in rng.sample(range(k), k):
            x = list(x)
            x[j] = x[j] + DELTA if x[j] + DELTA <= 1 else x[j] - DELTA
            points.append(x)
            moved.append(j)
        out.append((points, moved))
    return out


def value(j, u):
    _, lo, hi = PARAMS[j]
    return lo + u * (hi - lo)


def run_point(i, x):
    folder = os.path.join(OUT, "point-%03d" % i)
    cmd = ["java", "-XX:+UseSerialGC", "-jar", "target/machikoba.jar", "compare", SCENARIO, "--replications", REPS,
           "--threads", "1", "--from", "1999", "--no-figures", "--out", folder, "--variant", BOTTOM_UP]
    for s in FIXED:
        cmd += ["--set", s]
    for j, u in enumerate(x):
        cmd += ["--set", "%s=%.6g" % (PARAMS[j][0], value(j, u))]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    diff = {}
    with open(os.path.join(folder, "comparison.csv")) as f:
        for row in csv.DictReader(f):
            if row["year_from"] == "1999" and row["year_to"] != "1999" and row["metric"] in METRICS:
                diff[row["metric"]] = (float(row["difference"]), float(row["ci_low"]), float(row["ci_high"]))
    return diff


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(1)
    plan = trajectories(rng)
    rows, effects = [], {(j, m): [] for j in range(len(PARAMS)) for m in METRICS}
    i = 0
    for points, moved in plan:
        results = []
        for x in points:
            d = run_point(i, x)
            results.append(d)
            rows.append([i] + ["%.6g" % value(j, u) for j, u in enumerate(x)] + ["%.6g" % d[m][0] for m in METRICS])
            print("point %d done" % i, flush=True)
            i += 1
        for step, j in enumerate(moved):
            sign = 1 if points[step + 1][j] > points[step][j] else -1
            for m in METRICS:
                effects[(j, m)].append(sign * (results[step + 1][m][0] - results[step][m][0]) / DELTA)
    with open(os.path.join(OUT, "robustness.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["point"] + [p[0] for p in PARAMS] + ["bottomup_minus_topdown_" + m for m in METRICS])
        w.writerows(rows)
    n = len(rows)
    with open(os.path.join(OUT, "robustness.md"), "w") as f:
        f.write("# Bottom-up minus top-down over the uncertain network behaviour\n\n")
        f.write("Morris design: %d trajectories, %d points, %s paired replications each (1999-2007 window).\n\n" % (R, n, REPS))
        f.write("| metric | points where bottom-up is ahead | median difference | min | max |\n|---|---|---|---|---|\n")
        for k, m in enumerate(METRICS):
            v = sorted(float(r[1 + len(PARAMS) + k]) for r in rows)
            lower_better = m in ("exits_insolvency", "parent_share", "public_cost")
            ahead = sum(1 for x in v if (x < 0 if lower_better else x > 0))
            f.write("| %s | %d of %d | %.4g | %.4g | %.4g |\n" % (m, ahead, n, v[n // 2], v[0], v[-1]))
        f.write("\nMorris mu* (mean |elementary effect| per unit of the parameter's range) and sigma:\n\n")
        f.write("| parameter | range | " + " | ".join(METRICS) + " |\n|---|---|" + "---|" * len(METRICS) + "\n")
        for j, (p, lo, hi) in enumerate(PARAMS):
            cells = []
            for m in METRICS:
                e = effects[(j, m)]
                mu = sum(abs(x) for x in e) / len(e)
                mean = sum(e) / len(e)
                sd = (sum((x - mean) ** 2 for x in e) / (len(e) - 1)) ** 0.5 if len(e) > 1 else 0
                cells.append("%.3g (%.3g)" % (mu, sd))
            f.write("| %s | %g-%g | %s |\n" % (p.split(".", 1)[1], lo, hi, " | ".join(cells)))


if __name__ == "__main__":
    main()
