#!/usr/bin/env python3
"""Prints the tables of docs/policy.md from the folders scripts/policy-experiment.sh wrote.
Usage: scripts/policy-tables.py [OUT]   (standard library only)"""
import csv, os, re, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "output/policy"
DISTRICTS = [("ota", "Ota"), ("higashi-osaka", "Higashi Osaka"), ("kyoto", "Kyoto")]
HEADLINE = ["firms", "exits_insolvency", "products", "leaders", "joint_products", "parent_share"]


def window_rows(d):
    rows = {}
    with open(os.path.join(OUT, d, "comparison.csv")) as f:
        for r in csv.DictReader(f):
            if r["year_from"] == "1999" and r["year_to"] != "1999":
                rows[(r["variant"], r["metric"])] = r
    return rows


def cell(r):
    diff, lo, hi = float(r["difference"]), float(r["ci_low"]), float(r["ci_high"])
    star = "**" if lo > 0 or hi < 0 else ""
    f = (lambda v: "%.3f" % v) if abs(float(r["baseline_mean"])) < 1 else (lambda v: "%.0f" % v)
    return "%s%s [%s, %s]%s" % (star, f(diff), f(lo), f(hi), star)


def table(variants, title):
    print("\n" + title + "\n")
    print("| district | variant | " + " | ".join(HEADLINE) + " | public cost ¥M |")
    print("|---|---|" + "---|" * len(HEADLINE) + "---|")
    for d, name in DISTRICTS:
        if not os.path.exists(os.path.join(OUT, d, "comparison.csv")):
            continue
        rows = window_rows(d)
        for v in variants:
            if (v, "firms") not in rows:
                continue
            print("| %s | %s | %s | %.0f |" % (name, v, " | ".join(cell(rows[(v, m)]) for m in HEADLINE),
                                              float(rows[(v, "public_cost")]["variant_mean"])))


def baselines():
    print("\nBaseline means (no new policy from 1999), 1999-2007 window:\n")
    print("| district | " + " | ".join(HEADLINE) + " |\n|---|" + "---|" * len(HEADLINE))
    for d, name in DISTRICTS:
        if os.path.exists(os.path.join(OUT, d, "comparison.csv")):
            rows = window_rows(d)
            print("| %s | %s |" % (name, " | ".join("%.4g" % float(rows[("topdown", m)]["baseline_mean"]) for m in HEADLINE)))


def ratios():
    print("\nPaired against independent intervals (comparison.md of each district):\n")
    for d, name in DISTRICTS:
        p = os.path.join(OUT, d, "comparison.md")
        if os.path.exists(p):
            m = re.search(r"over the (\d+) window rows with any spread: median ([0-9.]+), range ([0-9.]+?)-([0-9]+\.[0-9]+)", open(p).read())
            print("- %s: median %s over %s window rows (range %s-%s)" % (name, m.group(2), m.group(1), m.group(3), m.group(4)))


baselines()
table(["topdown", "bottomup"], "Packages, difference from the baseline [95% paired CI], 1999-2007 (bold: excludes zero)")
table(["platforms", "salespersons", "grantsTopDown", "grantsFirm", "localSupport", "keyPerson"], "Single levers")
ratios()
