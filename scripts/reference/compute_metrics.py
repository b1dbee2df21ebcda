#!/usr/bin/python3
"""Reference metric values computed with scikit-learn, for the TypeScript tests to compare against.

Writes into test/fixtures/reference/:
  breast_cancer_metrics.json   metrics of the bundled ONNX model on the breast-cancer holdout rows
  multiclass_metrics.json      synthetic 3-class case (inputs and outputs)
  regression_metrics.json      synthetic regression case (inputs and outputs)
  binary_ties_metrics.json     synthetic binary case with tied scores and probabilities of exactly 0 and 1
  fairness_metrics.json        fairlearn-style group metrics of the breast-cancer predictions

The breast-cancer predictions come from test/fixtures/reference/breast_cancer_predictions.json, which
scripts/reference/predict_breast_cancer.mjs writes by running the model with onnxruntime-node (onnxruntime for
Python is not available from Debian). Regenerate, from the repository root:

    node scripts/reference/predict_breast_cancer.mjs
    /usr/bin/python3 scripts/reference/compute_metrics.py

Needs Debian's python3-sklearn, python3-numpy, python3-scipy (apt-get install -y python3-sklearn). The tests never
run this script; they only read the JSON files it writes.

Every float is written with Python's repr (the shortest string that reads back to the same float64), so the values
survive JSON exactly at full float64 precision.
"""

import json
import math
import platform
import sys
from pathlib import Path

import numpy as np
import scipy
import sklearn
from sklearn.metrics import (
    accuracy_score,
    average_precision_score,
    balanced_accuracy_score,
    confusion_matrix,
    f1_score,
    log_loss,
    mean_absolute_error,
    mean_absolute_percentage_error,
    mean_squared_error,
    precision_score,
    r2_score,
    recall_score,
    roc_auc_score,
)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "test" / "fixtures" / "reference"
SEED = 7

GENERATED_BY = (
    f"scripts/reference/compute_metrics.py (python {platform.python_version()}, numpy {np.__version__}, "
    f"scikit-learn {sklearn.__version__}, scipy {scipy.__version__})"
)

# sklearn 1.2.1: log_loss(eps="auto") clips with np.finfo(y_pred.dtype).eps, then divides each row by its sum.
F64_EPS = float(np.finfo(np.float64).eps)


def log_loss_convention():
    major, minor = (int(x) for x in sklearn.__version__.split(".")[:2])
    if (major, minor) >= (1, 5):
        rule = "scikit-learn >= 1.5: log_loss has no eps argument; it clips with np.finfo(y_pred.dtype).eps"
    elif (major, minor) >= (1, 2):
        rule = (
            f"scikit-learn {sklearn.__version__} (1.2 to 1.4): log_loss eps defaults to 'auto' = "
            "np.finfo(y_pred.dtype).eps (versions before 1.2 defaulted to eps=1e-15)"
        )
    else:
        rule = f"scikit-learn {sklearn.__version__} (< 1.2): log_loss eps defaults to 1e-15"
    return {
        "rule": rule,
        "y_pred_dtype": "float64",
        "eps": F64_EPS,
        "procedure": (
            "build the [n, k] probability matrix in float64 (binary: [1 - p, p]); clip every entry to "
            "[eps, 1 - eps]; divide each row by its sum; loss = mean over rows of -ln(p[row, true class]) "
            "(natural log)"
        ),
    }


# ---------------------------------------------------------------------------------------------------------------
# Output helpers


def py(x):
    """numpy scalars/arrays to plain Python values (floats stay float64, ints become int)."""
    if isinstance(x, dict):
        return {str(k): py(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [py(v) for v in x]
    if isinstance(x, np.ndarray):
        return [py(v) for v in x.tolist()]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        f = float(x)
        if not math.isfinite(f):
            raise ValueError(f"non-finite value {f!r}")
        return f
    return x


def dumps(value, indent=0):
    """JSON with dicts indented and lists of scalars kept on one line; floats via repr (json's default)."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}  {json.dumps(k)}: {dumps(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(json.dumps(v, allow_nan=False) for v in value) + "]"
        items = [f"{pad}  {dumps(v, indent + 1)}" for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, allow_nan=False)


def write(name, obj):
    obj = py(obj)
    text = dumps(obj) + "\n"
    # Self-check: every float reads back to exactly the value computed.
    assert json.loads(text) == obj
    (OUT / name).write_text(text, encoding="utf-8")
    print(f"wrote {(OUT / name).relative_to(ROOT)}")


# ---------------------------------------------------------------------------------------------------------------
# Shared metric blocks


def label_metrics_binary(y_true, y_pred):
    """Threshold-dependent binary metrics; the positive class is 1. zero_division left at sklearn's default
    ("warn", which yields 0) - no case here divides by zero."""
    return {
        "accuracy": accuracy_score(y_true, y_pred),
        "balanced_accuracy": balanced_accuracy_score(y_true, y_pred),
        "precision": precision_score(y_true, y_pred, average="binary", pos_label=1),
        "recall": recall_score(y_true, y_pred, average="binary", pos_label=1),
        "f1": f1_score(y_true, y_pred, average="binary", pos_label=1),
        "precision_macro": precision_score(y_true, y_pred, average="macro"),
        "recall_macro": recall_score(y_true, y_pred, average="macro"),
        "f1_macro": f1_score(y_true, y_pred, average="macro"),
        "f1_weighted": f1_score(y_true, y_pred, average="weighted"),
        "confusion_matrix": confusion_matrix(y_true, y_pred, labels=[0, 1]),
    }


def binary_proba_matrix(p1):
    p1 = np.asarray(p1, dtype=np.float64)
    return np.column_stack([1.0 - p1, p1])


# ---------------------------------------------------------------------------------------------------------------
# 1-2. Breast cancer


def breast_cancer():
    src = OUT / "breast_cancer_predictions.json"
    if not src.exists():
        sys.exit(f"{src.relative_to(ROOT)} is missing: run `node scripts/reference/predict_breast_cancer.mjs` first")
    pred = json.loads(src.read_text(encoding="utf-8"))
    y_true = np.asarray(pred["y_true"], dtype=np.int64)
    y_pred = np.asarray(pred["y_pred"], dtype=np.int64)
    proba1 = np.asarray(pred["proba1"], dtype=np.float64)  # float32 values, held exactly in float64
    assert len(y_true) == len(y_pred) == len(proba1) == 143
    assert set(np.unique(y_true)) == {0, 1}
    # The model's `label` is ArgMax over [1 - p, p] (float32): it equals p > 0.5 on this data.
    assert np.array_equal(y_pred, (proba1 > 0.5).astype(np.int64))

    proba = binary_proba_matrix(proba1)
    metrics = label_metrics_binary(y_true, y_pred)
    metrics["roc_auc"] = roc_auc_score(y_true, proba1)
    metrics["pr_auc"] = average_precision_score(y_true, proba1, pos_label=1)
    metrics["log_loss"] = log_loss(y_true, proba)
    order = [
        "accuracy", "balanced_accuracy", "precision", "recall", "f1", "precision_macro", "recall_macro",
        "f1_macro", "f1_weighted", "roc_auc", "pr_auc", "log_loss", "confusion_matrix",
    ]
    out = {k: metrics[k] for k in order}

    y_pred_03 = (proba1 >= 0.3).astype(np.int64)
    out["threshold_0.3"] = label_metrics_binary(y_true, y_pred_03)

    out["conventions"] = {
        "input": (
            "test/fixtures/reference/breast_cancer_predictions.json: y_true and the model's `label` (y_pred) and "
            "`probabilities[:, 1]` (proba1, float32 widened exactly to float64) from onnxruntime-node on "
            "test/fixtures/breast_cancer_holdout.csv (143 rows, file order)"
        ),
        "scikit_learn_version": sklearn.__version__,
        "positive_label": 1,
        "y_pred": "the model's `label` output (ArgMax of probabilities; equal to proba1 > 0.5 on this data)",
        "threshold_0.3": "y_pred = 1 where proba1 >= 0.3 (float64 comparison), else 0",
        "confusion_matrix": "labels [0, 1]; rows = true class, columns = predicted class: [[TN, FP], [FN, TP]]",
        "balanced_accuracy": "mean of per-class recall (adjusted=False)",
        "macro_weighted": "macro = unweighted mean over classes 0 and 1; weighted = mean weighted by true support",
        "zero_division": "sklearn default ('warn' -> 0); no metric here divides by zero",
        "roc_auc": (
            "roc_auc_score(y_true, proba1): ROC points at each distinct score (ties form one point), "
            "area by the trapezoid rule (ties count half)"
        ),
        "pr_auc": (
            "average_precision_score(y_true, proba1): sum over distinct thresholds of "
            "(R_n - R_{n-1}) * P_n, step-wise, not interpolated"
        ),
        "log_loss": {
            **log_loss_convention(),
            "note": (
                f"{int(np.sum(proba1 == 0.0))} rows have proba1 exactly 0 and {int(np.sum(proba1 == 1.0))} exactly 1 "
                "(float32), so clipping applies; with eps=1e-15 (scikit-learn < 1.2) log_loss would be "
                f"{log_loss(y_true, proba, eps=1e-15)!r}"
            ),
        },
        "ties": (
            f"proba1 has {len(np.unique(proba1))} distinct values over {len(proba1)} rows; tied values: "
            + ", ".join(
                f"{v!r} x{c} (y_true {sorted(set(y_true[proba1 == v].tolist()))})"
                for v, c in zip(*np.unique(proba1, return_counts=True))
                if c > 1
            )
        ),
    }
    out["generated_by"] = (
        f"{GENERATED_BY}; predictions from {pred.get('generated_by', 'scripts/reference/predict_breast_cancer.mjs')}"
    )
    write("breast_cancer_metrics.json", out)
    return y_true, y_pred, pred


# ---------------------------------------------------------------------------------------------------------------
# 3a. Multiclass


def multiclass():
    rs = np.random.RandomState(SEED)
    n, k = 200, 3
    y_true = rs.randint(0, k, size=n)
    logits = rs.normal(0.0, 1.0, size=(n, k)) + 1.2 * np.eye(k)[y_true]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    proba = e / e.sum(axis=1, keepdims=True)
    assert np.allclose(proba.sum(axis=1), 1.0)
    y_pred = proba.argmax(axis=1)
    # argmax has no ties here, so any implementation agrees on y_pred.
    s = np.sort(proba, axis=1)
    assert np.all(s[:, -1] > s[:, -2])
    assert set(np.unique(y_true)) == set(np.unique(y_pred)) == {0, 1, 2}

    labels = [0, 1, 2]
    per_class_auc = [roc_auc_score((y_true == c).astype(int), proba[:, c]) for c in labels]
    auc_ovr = roc_auc_score(y_true, proba, multi_class="ovr", average="macro")
    assert math.isclose(auc_ovr, float(np.mean(per_class_auc)), rel_tol=0, abs_tol=1e-15)

    out = {
        "generated_by": GENERATED_BY,
        "generation": (
            f"numpy RandomState({SEED}): y_true = randint(0, 3, 200); logits = normal(0, 1, (200, 3)) + 1.2 * "
            "onehot(y_true); proba = softmax(logits) (rows sum to 1 within float64 rounding); y_pred = argmax(proba)"
        ),
        "labels": labels,
        "inputs": {"y_true": y_true, "y_pred": y_pred, "proba": proba},
        "metrics": {
            "accuracy": accuracy_score(y_true, y_pred),
            "balanced_accuracy": balanced_accuracy_score(y_true, y_pred),
            "precision_macro": precision_score(y_true, y_pred, average="macro"),
            "recall_macro": recall_score(y_true, y_pred, average="macro"),
            "f1_macro": f1_score(y_true, y_pred, average="macro"),
            "precision_weighted": precision_score(y_true, y_pred, average="weighted"),
            "recall_weighted": recall_score(y_true, y_pred, average="weighted"),
            "f1_weighted": f1_score(y_true, y_pred, average="weighted"),
            "roc_auc_ovr_macro": auc_ovr,
            "log_loss": log_loss(y_true, proba),
            "confusion_matrix": confusion_matrix(y_true, y_pred, labels=labels),
        },
        "per_class": {
            "precision": precision_score(y_true, y_pred, average=None, labels=labels),
            "recall": recall_score(y_true, y_pred, average=None, labels=labels),
            "f1": f1_score(y_true, y_pred, average=None, labels=labels),
            "support": np.bincount(y_true, minlength=k),
            "roc_auc_ovr": per_class_auc,
        },
        "conventions": {
            "scikit_learn_version": sklearn.__version__,
            "confusion_matrix": "labels [0, 1, 2]; rows = true class, columns = predicted class",
            "roc_auc_ovr_macro": (
                "roc_auc_score(y_true, proba, multi_class='ovr', average='macro'): for each class c, binary ROC AUC "
                "of (y_true == c) against proba[:, c]; unweighted mean over classes"
            ),
            "log_loss": log_loss_convention(),
        },
    }
    write("multiclass_metrics.json", out)


# ---------------------------------------------------------------------------------------------------------------
# 3b. Regression


def regression():
    rs = np.random.RandomState(SEED)
    n = 300
    y_true = rs.normal(50.0, 10.0, size=n)
    y_pred = y_true + rs.normal(0.0, 5.0, size=n)
    assert np.all(np.abs(y_true) > 1.0), "MAPE needs y_true away from 0"
    mse = mean_squared_error(y_true, y_pred)
    rmse = math.sqrt(mse)
    assert math.isclose(rmse, mean_squared_error(y_true, y_pred, squared=False), rel_tol=1e-15)
    out = {
        "generated_by": GENERATED_BY,
        "generation": (
            f"numpy RandomState({SEED}): y_true = normal(50, 10, 300); y_pred = y_true + normal(0, 5, 300) "
            "(min |y_true| > 1)"
        ),
        "inputs": {"y_true": y_true, "y_pred": y_pred},
        "metrics": {
            "rmse": rmse,
            "mse": mse,
            "mean_absolute_error": mean_absolute_error(y_true, y_pred),
            "r2_score": r2_score(y_true, y_pred),
            "mean_absolute_percentage_error": mean_absolute_percentage_error(y_true, y_pred),
        },
        "conventions": {
            "scikit_learn_version": sklearn.__version__,
            "rmse": "math.sqrt(mean_squared_error(y_true, y_pred)); mse = mean((y_true - y_pred)^2)",
            "r2_score": "1 - sum((y_true - y_pred)^2) / sum((y_true - mean(y_true))^2)",
            "mean_absolute_percentage_error": (
                "mean(|y_true - y_pred| / max(|y_true|, finfo(float64).eps)): a fraction, NOT multiplied by 100"
            ),
        },
    }
    write("regression_metrics.json", out)


# ---------------------------------------------------------------------------------------------------------------
# 3c. Ties and edge cases for ROC AUC, average precision and log loss


def ranking_case(y_true, scores):
    y_true = np.asarray(y_true, dtype=np.int64)
    scores = np.asarray(scores, dtype=np.float64)
    return {
        "y_true": y_true,
        "scores": scores,
        "roc_auc": roc_auc_score(y_true, scores),
        "pr_auc": average_precision_score(y_true, scores),
    }


def binary_ties():
    rs = np.random.RandomState(SEED)
    n = 100
    y_true = rs.randint(0, 2, size=n)
    raw = np.clip(0.35 + 0.3 * y_true + rs.normal(0.0, 0.25, size=n), 0.0, 1.0)
    scores = np.round(raw, 1)
    # Make sure probabilities of exactly 0 and 1 occur on both the right and the wrong side, so clipping matters.
    pos = np.flatnonzero(y_true == 1)
    neg = np.flatnonzero(y_true == 0)
    scores[pos[0]] = 0.0  # confidently wrong: clipped to eps
    scores[neg[0]] = 1.0  # confidently wrong: clipped to 1 - eps
    scores[pos[1]] = 1.0  # confidently right
    scores[neg[1]] = 0.0  # confidently right
    assert len(np.unique(scores)) <= 11

    proba = binary_proba_matrix(scores)
    ll = log_loss(y_true, proba)
    ll_1d = log_loss(y_true, scores)
    ll_1e15 = log_loss(y_true, proba, eps=1e-15)

    main = ranking_case(y_true, scores)
    distinct, counts = np.unique(scores, return_counts=True)
    out = {
        "generated_by": GENERATED_BY,
        "generation": (
            f"numpy RandomState({SEED}): y_true = randint(0, 2, 100); scores = round(clip(0.35 + 0.3 * y_true + "
            "normal(0, 0.25, 100), 0, 1), 1); then, with pos/neg the indices of y_true == 1 / == 0 in order, "
            "scores[pos[0]] = 0, scores[neg[0]] = 1, scores[pos[1]] = 1, scores[neg[1]] = 0"
        ),
        "inputs": {"y_true": main["y_true"], "scores": main["scores"]},
        "distinct_scores": {"values": distinct, "counts": counts},
        "roc_auc": main["roc_auc"],
        "pr_auc": main["pr_auc"],
        "log_loss": ll,
        "log_loss_1d_input": ll_1d,
        "log_loss_eps_1e-15": ll_1e15,
        "edge_cases": {
            "all_scores_tied": ranking_case([0, 1, 0, 1, 1, 0, 0, 1, 0, 0], [0.5] * 10),
            "perfect_separation": ranking_case([0, 0, 1, 1, 0, 1], [0.1, 0.2, 0.8, 0.9, 0.3, 0.7]),
            "perfectly_inverted": ranking_case([0, 0, 1, 1, 0, 1], [0.9, 0.8, 0.2, 0.1, 0.7, 0.3]),
            "one_tie_across_classes": ranking_case([0, 1, 0, 1], [0.1, 0.4, 0.4, 0.8]),
            "single_positive": ranking_case([0, 0, 0, 1, 0], [0.2, 0.6, 0.1, 0.5, 0.3]),
        },
        "conventions": {
            "scikit_learn_version": sklearn.__version__,
            "roc_auc": (
                "roc_auc_score: sort scores descending, one ROC point per distinct score (tied samples move TPR "
                "and FPR together: a diagonal step), point (0, 0) prepended, area by the trapezoid rule"
            ),
            "pr_auc": (
                "average_precision_score: sum over distinct thresholds of (R_n - R_{n-1}) * P_n, where P_n and R_n "
                "count every sample with score >= threshold n; step-wise, not interpolated, not trapezoid"
            ),
            "log_loss": log_loss_convention(),
            "log_loss_variants": (
                "log_loss = log_loss(y_true, [1 - p, p]) (the convention); log_loss_1d_input = log_loss(y_true, p) "
                "(sklearn clips p first, then builds [1 - p, p]); log_loss_eps_1e-15 = the same with eps=1e-15, "
                "the scikit-learn < 1.2 default, for comparison"
            ),
        },
    }
    write("binary_ties_metrics.json", out)


# ---------------------------------------------------------------------------------------------------------------
# 3d. Fairness, as fairlearn defines it (fairlearn is not installable here; the definitions are implemented in
# numpy). References, fairlearn.metrics (0.10 / 0.11 API):
#   selection_rate(y_true, y_pred) = mean(y_pred == pos_label)
#   true_positive_rate = TP / (TP + FN); false_positive_rate = FP / (FP + TN)
#   demographic_parity_difference = MetricFrame(selection_rate, sensitive_features).difference(method="between_groups")
#                                 = max over groups - min over groups of the selection rate
#   demographic_parity_ratio      = MetricFrame(...).ratio(method="between_groups") = min / max of the selection rate
#   equalized_odds_difference     = max(TPR difference, FPR difference), each between_groups (max - min)
#                                   (fairlearn >= 0.11 agg="worst_case", the default)
#   equalized_odds_ratio          = min(TPR ratio, FPR ratio), each min / max over groups
#   equal_opportunity_difference  = TPR difference between groups (max - min) (fairlearn >= 0.11)
#   equal_opportunity_ratio       = TPR min / max over groups


def group_rates(y_true, y_pred):
    tp = int(np.sum((y_true == 1) & (y_pred == 1)))
    fn = int(np.sum((y_true == 1) & (y_pred == 0)))
    fp = int(np.sum((y_true == 0) & (y_pred == 1)))
    tn = int(np.sum((y_true == 0) & (y_pred == 0)))
    assert tp + fn > 0 and fp + tn > 0, "every group needs both classes"
    r = {
        "count": len(y_true),
        "selection_rate": float(np.mean(y_pred == 1)),
        "tpr": tp / (tp + fn),
        "fpr": fp / (fp + tn),
        "accuracy": float(np.mean(y_true == y_pred)),
        "tp": tp,
        "fp": fp,
        "tn": tn,
        "fn": fn,
    }
    # Cross-check against scikit-learn.
    assert math.isclose(r["tpr"], recall_score(y_true, y_pred), rel_tol=0, abs_tol=0)
    assert math.isclose(r["accuracy"], accuracy_score(y_true, y_pred), rel_tol=0, abs_tol=0)
    return r


def fairness_case(y_true, y_pred, groups, rule):
    names = sorted(set(groups))
    g = np.asarray(groups)
    by_group = {name: group_rates(y_true[g == name], y_pred[g == name]) for name in names}

    def spread(key):
        vals = [by_group[n][key] for n in names]
        return max(vals) - min(vals)

    def ratio(key):
        vals = [by_group[n][key] for n in names]
        return min(vals) / max(vals)

    return {
        "rule": rule,
        "groups": list(groups),
        "group_names": names,
        "demographic_parity_difference": spread("selection_rate"),
        "demographic_parity_ratio": ratio("selection_rate"),
        "equalized_odds_difference": max(spread("tpr"), spread("fpr")),
        "equalized_odds_ratio": min(ratio("tpr"), ratio("fpr")),
        "equal_opportunity_difference": spread("tpr"),
        "equal_opportunity_ratio": ratio("tpr"),
        "tpr_difference": spread("tpr"),
        "fpr_difference": spread("fpr"),
        "by_group": by_group,
    }


def fairness(y_true, y_pred, pred):
    n = len(y_true)
    two = ["a" if i % 2 == 0 else "b" for i in range(n)]
    three = ["abc"[i % 3] for i in range(n)]
    out = {
        "generated_by": (
            f"{GENERATED_BY}; predictions from {pred.get('generated_by', 'scripts/reference/predict_breast_cancer.mjs')}"
        ),
        "input": (
            "test/fixtures/reference/breast_cancer_predictions.json: y_true and y_pred (the model's `label`) on the "
            "143 holdout rows; row index i is 0-based over the data rows of breast_cancer_holdout.csv (header excluded)"
        ),
        "positive_label": 1,
        "inputs": {"y_true": y_true, "y_pred": y_pred},
        "two_groups": fairness_case(y_true, y_pred, two, 'group = "a" if i % 2 == 0 else "b"'),
        "three_groups": fairness_case(
            y_true, y_pred, three, 'group = "a" if i % 3 == 0, "b" if i % 3 == 1, "c" if i % 3 == 2'
        ),
        "conventions": {
            "source": "fairlearn.metrics definitions, implemented in numpy (fairlearn itself was not installed)",
            "selection_rate": "P(y_pred = 1 | group)",
            "tpr": "TP / (TP + FN) within the group",
            "fpr": "FP / (FP + TN) within the group",
            "demographic_parity_difference": "max - min over groups of selection_rate",
            "demographic_parity_ratio": "min / max over groups of selection_rate",
            "equalized_odds_difference": "max(tpr max - min, fpr max - min) (fairlearn agg='worst_case')",
            "equalized_odds_ratio": "min(tpr min / max, fpr min / max)",
            "equal_opportunity_difference": "tpr max - min over groups",
            "equal_opportunity_ratio": "tpr min / max over groups",
        },
    }
    write("fairness_metrics.json", out)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    y_true, y_pred, pred = breast_cancer()
    multiclass()
    regression()
    binary_ties()
    fairness(y_true, y_pred, pred)


if __name__ == "__main__":
    main()
