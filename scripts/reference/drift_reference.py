#!/usr/bin/python3
"""Reference values for the drift tests (KS, chi-square, z, Wasserstein, Jensen-Shannon, PSI), computed with scipy.

Writes test/fixtures/drift/scipy_cases.json. Regenerate, from the repository root:

    /usr/bin/python3 scripts/reference/drift_reference.py

Needs Debian's python3-scipy and python3-numpy (apt-get install -y python3-scipy python3-numpy). The tests never run
this script; they only read the JSON file it writes.

Determinism
-----------
Every case draws its data from its own `numpy.random.default_rng(seed)` with a fixed seed, so the output is the same
on every run (with the same numpy/scipy versions). Every generated float is rounded to 4 decimals BEFORE any statistic
is computed, so the arrays stored in the JSON are exactly the arrays that were tested. Floats are written with Python's
repr (the shortest string that reads back to the same float64), so the values survive JSON at full float64 precision.

Conventions (what the TypeScript code implements)
-------------------------------------------------
ks           scipy.stats.ks_2samp(ref, cur, alternative='two-sided', method='auto') -> statistic, pvalue.
             In 'auto' mode scipy uses the exact distribution when max(n1, n2) <= MAX_AUTO_N (10000) and Smirnov's
             asymptotic distribution (kstwo.sf(d, round(n1*n2/(n1+n2)))) otherwise; if the exact computation fails
             numerically it falls back to the asymptotic one (with a RuntimeWarning). The branch actually used is
             stored per case in "branch" and explained in "note".
chi2         keys = sorted union of distinct values; observed = counts in cur per key;
             expected = counts in ref per key * (len(cur) / len(ref)); scipy.stats.chisquare(observed, expected).
z            keys = sorted union (exactly 2 values); key = keys[0]; p1, p2 = share of ref / cur equal to key;
             P = (p1*n1 + p2*n2) / (n1 + n2); z = (p1 - p2) / sqrt(P*(1-P)*(1/n1 + 1/n2));
             p_value = 2*(1 - norm.cdf(|z|)); p_value_sf = 2*norm.sf(|z|) is stored as well.
wasserstein  scipy.stats.wasserstein_distance(ref, cur) / max(numpy.std(ref) (ddof=0), 0.001); p_value null.
js           numeric: edges = unique(numpy.quantile(ref, [0.1, ..., 0.9], method='linear')) (interior edges only);
             bin of x = numpy.searchsorted(edges, x, side='right'), i.e. bins (-inf,e1), [e1,e2), ..., [ek,inf).
             categorical: one bin per key of the sorted union.
             ref_p = counts_ref / len(ref), cur_p = counts_cur / len(cur); exact zeros -> EPSILON (no renormalisation
             here); statistic = scipy.spatial.distance.jensenshannon(ref_p, cur_p) (natural log; scipy normalises p
             and q to sum 1 internally). p_value null.
psi          same bins, proportions and epsilon as js; statistic = sum((ref_p - cur_p) * ln(ref_p / cur_p)).
"""

import json
import math
import warnings
from pathlib import Path

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "test" / "fixtures" / "drift" / "scipy_cases.json"

EPSILON = 0.0001
# Written out literally (not np.linspace/np.arange) so the TypeScript side can use the same float64 literals.
QUANTILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
# The value hard-coded inside scipy.stats.ks_2samp (scipy/stats/_stats_py.py).
KS_MAX_AUTO_N = 10000


# --------------------------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------------------------

def r4(values):
    """Round generated floats to 4 decimals; the result is what gets both tested and stored."""
    return np.round(np.asarray(values, dtype=np.float64), 4)


def to_json_list(values):
    """numpy array -> plain Python list (ints stay ints, floats become Python floats, strings stay strings)."""
    return np.asarray(values).tolist()


def sorted_keys(ref, cur):
    """Sorted union of the distinct values of both samples (numeric or string)."""
    return sorted(set(to_json_list(ref)) | set(to_json_list(cur)))


def counts_per_key(values, keys):
    values = to_json_list(values)
    return np.array([sum(1 for v in values if v == k) for k in keys], dtype=np.float64)


def quantile_edges(ref):
    """Interior bin edges: de-duplicated, sorted linear quantiles of the reference."""
    return np.unique(np.quantile(ref, QUANTILES, method="linear"))


def numeric_proportions(ref, cur, edges):
    """Share of each sample per bin; bins are (-inf,e1), [e1,e2), ..., [ek,inf)."""
    k = len(edges) + 1
    ref_counts = np.bincount(np.searchsorted(edges, ref, side="right"), minlength=k).astype(np.float64)
    cur_counts = np.bincount(np.searchsorted(edges, cur, side="right"), minlength=k).astype(np.float64)
    return ref_counts / len(ref), cur_counts / len(cur)


def categorical_proportions(ref, cur):
    keys = sorted_keys(ref, cur)
    return counts_per_key(ref, keys) / len(ref), counts_per_key(cur, keys) / len(cur)


def with_epsilon(p):
    """Replace exact zeros by EPSILON (no renormalisation)."""
    p = p.copy()
    p[p == 0] = EPSILON
    return p


def kolmogn_sf_branch(n, x):
    """Which sub-branch scipy.stats._ksstats._kolmogn(n, x, cdf=False) takes (i.e. kstwo.sf(x, n))."""
    if x >= 1.0:
        return "x>=1 -> 0"
    if x <= 0.0:
        return "x<=0 -> 1"
    t = n * x
    if t <= 1.0:
        return "Ruben-Gambino t<=1"
    if t >= n - 1:
        return "Ruben-Gambino t>=n-1: 2*(1-x)^n"
    if x >= 0.5:
        return "x>=0.5: 2*smirnov(n,x)"
    nx2 = t * x
    if n <= 140:
        if nx2 <= 0.754693:
            return "n<=140, n*x^2<=0.754693: 1-DMTW cdf"
        if nx2 <= 4:
            return "n<=140, n*x^2<=4: 1-Pomeranz cdf"
        return "n<=140: 2*smirnov(n,x)"
    if nx2 >= 370.0:
        return "n*x^2>=370 -> 0"
    if nx2 >= 2.2:
        return "n*x^2=%.4g>=2.2: 2*smirnov(n,x) (scipy.special.smirnov)" % nx2
    if n <= 100000 and n * x ** 1.5 <= 1.4:
        return "n*x^2<2.2: 1-DMTW cdf"
    return "n*x^2=%.4g<2.2: 1-PelzGood cdf" % nx2


# --------------------------------------------------------------------------------------------------------------------
# Case builders, one per test
# --------------------------------------------------------------------------------------------------------------------

def base_case(name, test, kind, ref, cur, statistic, p_value, note, edges=None):
    return {
        "name": name,
        "test": test,
        "kind": kind,
        "n_reference": int(len(ref)),
        "n_current": int(len(cur)),
        "reference": to_json_list(ref),
        "current": to_json_list(cur),
        "statistic": float(statistic),
        "p_value": None if p_value is None else float(p_value),
        "edges": None if edges is None else to_json_list(edges),
        "note": note,
    }


def ks_case(name, ref, cur, description, expect_branch):
    n1, n2 = len(ref), len(cur)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        res = stats.ks_2samp(ref, cur, alternative="two-sided", method="auto")
    fell_back = any("Exact calculation unsuccessful" in str(w.message) for w in caught)
    branch = "exact" if max(n1, n2) <= KS_MAX_AUTO_N and not fell_back else "asymp"
    assert branch == expect_branch, (name, branch)
    # Cross-check: forcing the branch we claim must give the same numbers.
    forced = stats.ks_2samp(ref, cur, alternative="two-sided", method=branch)
    assert forced.statistic == res.statistic and forced.pvalue == res.pvalue, name

    if branch == "exact":
        g = math.gcd(n1, n2)
        lcm = (n1 // g) * n2
        h = int(np.round(res.statistic * lcm))
        how = ("_compute_prob_outside_square(n, h)" if n1 == n2
               else "_compute_outer_prob_inside_method(max(n1,n2), min(n1,n2), gcd, h) [pythran]")
        detail = ("exact branch (max(n1,n2)=%d <= MAX_AUTO_N=%d); lcm=%d, h=round(D*lcm)=%d, D reported as h/lcm; "
                  "p from %s" % (max(n1, n2), KS_MAX_AUTO_N, lcm, h, how))
        if h == 0:
            detail += "; h==0 -> p=1.0 directly"
    else:
        en = n1 * n2 / (n1 + n2)
        detail = ("asymp branch (max(n1,n2)=%d > MAX_AUTO_N=%d); p = kstwo.sf(D, round(n1*n2/(n1+n2))=%d); "
                  "kstwo.sf sub-branch: %s" % (max(n1, n2), KS_MAX_AUTO_N, int(np.round(en)),
                                              kolmogn_sf_branch(int(np.round(en)), float(res.statistic))))
    case = base_case(name, "ks", "numeric", ref, cur, res.statistic, res.pvalue, description + ". " + detail)
    case["branch"] = branch
    return case


def chi2_case(name, kind, ref, cur, description):
    keys = sorted_keys(ref, cur)
    ref_counts = counts_per_key(ref, keys)
    assert np.all(ref_counts > 0), "every key must be present in the reference (expected > 0)"
    observed = counts_per_key(cur, keys)
    expected = ref_counts * (len(cur) / len(ref))
    res = stats.chisquare(observed, expected)
    note = "%s. keys=%s observed=%s expected=ref_counts*(%d/%d)" % (
        description, keys, to_json_list(observed.astype(int)), len(cur), len(ref))
    return base_case(name, "chi2", kind, ref, cur, res.statistic, res.pvalue, note)


def z_case(name, kind, ref, cur, description):
    keys = sorted_keys(ref, cur)
    assert len(keys) == 2, keys
    key = keys[0]
    n1, n2 = len(ref), len(cur)
    p1 = float(np.mean([v == key for v in to_json_list(ref)]))
    p2 = float(np.mean([v == key for v in to_json_list(cur)]))
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    p_value = 2 * (1 - stats.norm.cdf(abs(z)))
    p_value_sf = 2 * stats.norm.sf(abs(z))
    note = "%s. key=%r p1=%r p2=%r" % (description, key, p1, p2)
    case = base_case(name, "z", kind, ref, cur, z, p_value, note)
    case["p_value_sf"] = float(p_value_sf)
    return case


def wasserstein_case(name, ref, cur, description):
    norm = max(float(np.std(ref)), 0.001)
    stat = stats.wasserstein_distance(ref, cur) / norm
    note = "%s. std(ref, ddof=0)=%r, divisor=%r" % (description, float(np.std(ref)), norm)
    return base_case(name, "wasserstein", "numeric", ref, cur, stat, None, note)


def binned_case(name, test, kind, ref, cur, description):
    if kind == "numeric":
        edges = quantile_edges(ref)
        ref_p, cur_p = numeric_proportions(ref, cur, edges)
    else:
        edges = None
        ref_p, cur_p = categorical_proportions(ref, cur)
    zeros = int(np.sum(ref_p == 0) + np.sum(cur_p == 0))
    ref_p, cur_p = with_epsilon(ref_p), with_epsilon(cur_p)
    if test == "js":
        stat = distance.jensenshannon(ref_p, cur_p)
    else:
        stat = float(np.sum((ref_p - cur_p) * np.log(ref_p / cur_p)))
    note = "%s. %d bins, %d zero proportion(s) replaced by epsilon" % (description, len(ref_p), zeros)
    if edges is not None:
        note += ", %d interior edges after de-duplication" % len(edges)
    return base_case(name, test, kind, ref, cur, stat, None, note, edges=edges)


# --------------------------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------------------------

def categorical_sample(rng, categories, probs, n):
    return np.array(rng.choice(categories, size=n, p=probs)).astype(str)


def build_cases():
    cases = []

    # ---- ks -------------------------------------------------------------------------------------------------------
    rng = np.random.default_rng(1001)
    cases.append(ks_case("ks_equal_n_50_shifted", r4(rng.normal(0, 1, 50)), r4(rng.normal(0.6, 1, 50)),
                         "n1=n2=50, N(0,1) vs N(0.6,1)", "exact"))

    rng = np.random.default_rng(1002)
    cases.append(ks_case("ks_unequal_40_73", r4(rng.normal(0, 1, 40)), r4(rng.normal(0.3, 1.2, 73)),
                         "40 vs 73, N(0,1) vs N(0.3,1.2)", "exact"))

    rng = np.random.default_rng(1003)
    cases.append(ks_case("ks_integer_ties_120_95", rng.poisson(3.0, 120), rng.poisson(3.6, 95),
                         "integer-valued with many ties, Poisson(3) vs Poisson(3.6)", "exact"))

    rng = np.random.default_rng(1004)
    cases.append(ks_case("ks_large_exact_3000_2500", r4(rng.normal(0, 1, 3000)), r4(rng.normal(0.08, 1, 2500)),
                         "3000 vs 2500, N(0,1) vs N(0.08,1)", "exact"))

    rng = np.random.default_rng(1005)
    cases.append(ks_case("ks_asymp_12000_15000", r4(rng.normal(0, 1, 12000)), r4(rng.normal(0.03, 1, 15000)),
                         "12000 vs 15000, N(0,1) vs N(0.03,1)", "asymp"))

    rng = np.random.default_rng(1006)
    same = r4(rng.normal(10, 2, 30))
    cases.append(ks_case("ks_identical_30", same, same.copy(), "identical samples 30 vs 30 (D=0, p=1)", "exact"))

    rng = np.random.default_rng(1007)
    cases.append(ks_case("ks_tiny_3_4", r4(rng.normal(0, 1, 3)), r4(rng.normal(1, 1, 4)),
                         "tiny 3 vs 4, N(0,1) vs N(1,1)", "exact"))

    rng = np.random.default_rng(1008)
    ref, cur = r4(rng.normal(0, 1, 800)), r4(rng.normal(0.08, 1, 800))
    case = ks_case("ks_equal_n_800_borderline", ref, cur, "800 vs 800, N(0,1) vs N(0.08,1), p in (0.01, 0.2)",
                   "exact")
    assert 0.01 < case["p_value"] < 0.2, case["p_value"]
    cases.append(case)

    # ---- chi2 -----------------------------------------------------------------------------------------------------
    rng = np.random.default_rng(2009)  # seed chosen so that the "similar" samples are not significant
    cats, probs = ["a", "b", "c", "d"], [0.4, 0.3, 0.2, 0.1]
    case = chi2_case("chi2_categorical_4_similar", "categorical", categorical_sample(rng, cats, probs, 300),
                     categorical_sample(rng, cats, probs, 250), "4 categories, same distribution, 300 vs 250")
    assert case["p_value"] > 0.1, case["p_value"]
    cases.append(case)

    rng = np.random.default_rng(2002)
    cats = ["a", "b", "c", "d", "e"]
    cases.append(chi2_case("chi2_categorical_5_shifted", "categorical",
                           categorical_sample(rng, cats, [0.3, 0.25, 0.2, 0.15, 0.1], 500),
                           categorical_sample(rng, cats, [0.15, 0.2, 0.2, 0.2, 0.25], 400),
                           "5 categories, shifted distribution, 500 vs 400"))

    rng = np.random.default_rng(2003)
    cases.append(chi2_case("chi2_numeric_3_values", "numeric", rng.choice([1, 2, 3], size=200, p=[0.5, 0.3, 0.2]),
                           rng.choice([1, 2, 3], size=180, p=[0.4, 0.35, 0.25]),
                           "integer-valued column with 3 distinct values (numbers), 200 vs 180"))

    # ---- z --------------------------------------------------------------------------------------------------------
    rng = np.random.default_rng(3001)
    cases.append(z_case("z_categorical_yes_no_mild", "categorical",
                        categorical_sample(rng, ["yes", "no"], [0.6, 0.4], 400),
                        categorical_sample(rng, ["yes", "no"], [0.53, 0.47], 350),
                        "yes/no, mild shift, 400 vs 350"))

    rng = np.random.default_rng(3002)
    cases.append(z_case("z_numeric_01_strong", "numeric", rng.choice([0, 1], size=200, p=[0.7, 0.3]),
                        rng.choice([0, 1], size=300, p=[0.4, 0.6]), "0/1 numeric, strong shift, 200 vs 300"))

    # Near-equal shares by construction: fixed counts (250/500 and 241/480), shuffled by the rng.
    rng = np.random.default_rng(3003)
    ref = rng.permutation(np.array(["A"] * 250 + ["B"] * 250))
    cur = rng.permutation(np.array(["A"] * 241 + ["B"] * 239))
    case = z_case("z_categorical_near_equal", "categorical", ref, cur,
                  "near-equal shares (250/500 vs 241/480), p close to 1")
    assert case["p_value"] > 0.9, case["p_value"]
    cases.append(case)

    # ---- wasserstein ----------------------------------------------------------------------------------------------
    rng = np.random.default_rng(4001)
    cases.append(wasserstein_case("wasserstein_normal_shift_0_2sd", r4(rng.normal(50, 10, 2000)),
                                  r4(rng.normal(52, 10, 2000)), "2000 vs 2000, N(50,10) vs N(52,10) (0.2 sd shift)"))

    rng = np.random.default_rng(4002)
    cases.append(wasserstein_case("wasserstein_lognormal_sigma", r4(rng.lognormal(0, 0.5, 1500)),
                                  r4(rng.lognormal(0, 0.8, 1800)), "1500 vs 1800, lognormal sigma 0.5 vs 0.8"))

    rng = np.random.default_rng(4003)
    cases.append(wasserstein_case("wasserstein_constant_reference", r4(np.full(300, 5.0)),
                                  r4(rng.normal(5.2, 0.5, 400)),
                                  "constant reference (std 0 -> divisor 0.001), 300 vs 400"))

    # ---- js -------------------------------------------------------------------------------------------------------
    rng = np.random.default_rng(5001)
    cases.append(binned_case("js_numeric_shifted", "js", "numeric", r4(rng.normal(0, 1, 2000)),
                             r4(rng.normal(0.3, 1.1, 2500)), "numeric 2000 vs 2500, N(0,1) vs N(0.3,1.1)"))

    rng = np.random.default_rng(5002)
    ints, p_ints = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0.4, 0.25, 0.15, 0.1, 0.07, 0.01, 0.01, 0.004, 0.003, 0.003]
    case = binned_case("js_numeric_heavy_ties", "js", "numeric", rng.choice(ints, size=1500, p=p_ints),
                       rng.choice(ints, size=1200, p=[0.3, 0.25, 0.2, 0.12, 0.08, 0.02, 0.01, 0.01, 0.005, 0.005]),
                       "integers mostly 0..4 with heavy ties, 1500 vs 1200 (quantile edges de-duplicate)")
    assert len(case["edges"]) < len(QUANTILES), case["edges"]
    cases.append(case)

    rng = np.random.default_rng(5003)
    cats = ["a", "b", "c", "d", "e", "f"]
    ref = categorical_sample(rng, cats, [0.25, 0.2, 0.2, 0.15, 0.1, 0.1], 3000)
    cur = categorical_sample(rng, cats[:5], [0.3, 0.2, 0.2, 0.2, 0.1], 2000)  # "f" absent from current
    assert "f" not in set(cur.tolist())
    cases.append(binned_case("js_categorical_absent_in_current", "js", "categorical", ref, cur,
                             "6 categories, 3000 vs 2000, category 'f' absent from current"))

    # ---- psi ------------------------------------------------------------------------------------------------------
    rng = np.random.default_rng(6001)
    cases.append(binned_case("psi_numeric_small_shift", "psi", "numeric", r4(rng.normal(0, 1, 5000)),
                             r4(rng.normal(0.05, 1, 5000)), "numeric 5000 vs 5000, N(0,1) vs N(0.05,1)"))

    rng = np.random.default_rng(6002)
    cases.append(binned_case("psi_numeric_strong_shift", "psi", "numeric", r4(rng.normal(0, 1, 1000)),
                             r4(rng.normal(1.5, 1.3, 1200)), "numeric 1000 vs 1200, N(0,1) vs N(1.5,1.3)"))

    rng = np.random.default_rng(6003)
    ref = categorical_sample(rng, ["a", "b", "c"], [0.5, 0.3, 0.2], 1000)  # "d" absent from reference
    cur = categorical_sample(rng, ["a", "b", "c", "d"], [0.4, 0.3, 0.2, 0.1], 1000)
    assert "d" not in set(ref.tolist())
    cases.append(binned_case("psi_categorical_absent_in_reference", "psi", "categorical", ref, cur,
                             "4 categories, 1000 vs 1000, category 'd' absent from reference"))

    return cases


def main():
    doc = {
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "epsilon": EPSILON,
        "quantiles": QUANTILES,
        "ks_max_auto_n": KS_MAX_AUTO_N,
        "generator": "scripts/reference/drift_reference.py",
        "cases": build_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, separators=(",", ":"), allow_nan=False)
        fh.write("\n")
    print("wrote %s (%d cases, %d bytes)" % (OUT.relative_to(ROOT), len(doc["cases"]), OUT.stat().st_size))


if __name__ == "__main__":
    main()
