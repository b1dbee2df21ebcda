"""Train the breast-cancer classifier and export it to ONNX, the file modelgate evaluates, gates and publishes.

    python train.py [--data data/breast_cancer_train.csv] [--params params.yaml]
                    [--model model.onnx] [--metrics metrics.json]

`modelgate train` runs this (training.command in modelgate.yml) and records the params, the metrics it writes and
the sha256 of model.onnx. The model is a StandardScaler + LogisticRegression pipeline; its ONNX graph takes one
float32 input `input` of shape [None, n_features] (the feature columns in file order) and gives `output_label`
(int64 [N]) and `output_probability` (float32 [N, 2]), a plain tensor that modelgate evaluate reads directly.
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, log_loss, roc_auc_score
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "target"
INPUT = "input"
OPSET = 17


def read_params(path):
    """params.yaml: C and max_iter of the logistic regression, and optionally `features` (default: every column but
    the target). Only names here: the paths are this script's flags, so modelgate records what changes the model."""
    params = yaml.safe_load(Path(path).read_text()) or {}
    unknown = set(params) - {"C", "max_iter", "features"}
    if unknown:
        sys.exit(f"{path}: unknown params {sorted(unknown)} (expected C, max_iter, features)")
    return {
        "C": float(params.get("C", 1.0)),
        "max_iter": int(params.get("max_iter", 100)),
        "features": params.get("features"),
    }


def onnx_with_skl2onnx(pipe, n_features):
    """The usual export. zipmap=False: the probabilities are a [N, 2] tensor, not a list of {class: p} maps."""
    from skl2onnx import convert_sklearn
    from skl2onnx.common.data_types import FloatTensorType

    clf = pipe.named_steps["clf"]
    return convert_sklearn(
        pipe,
        initial_types=[(INPUT, FloatTensorType([None, n_features]))],
        options={id(clf): {"zipmap": False}},
        target_opset={"": OPSET, "ai.onnx.ml": 3},
    )


def onnx_by_hand(pipe, n_features):
    """The same graph written with onnx.helper, for environments without skl2onnx (it needs PyPI; Debian's
    python3-sklearn and python3-onnx do not ship it). Sub(mean) → Div(scale) → Gemm(coef, intercept) → Sigmoid for
    two classes (Softmax for more) gives the probabilities; ArgMax picks the class, Gather maps it to its label.
    Same input and output names and types as skl2onnx's export, so modelgate.yml does not change between them."""
    from onnx import TensorProto, helper, numpy_helper

    scaler, clf = pipe.named_steps["scaler"], pipe.named_steps["clf"]
    f32 = lambda a: np.asarray(a, dtype=np.float32)  # noqa: E731
    binary = len(clf.classes_) == 2
    inits = [
        numpy_helper.from_array(f32(scaler.mean_), "mean"),
        numpy_helper.from_array(f32(scaler.scale_), "scale"),
        numpy_helper.from_array(f32(clf.coef_.T), "coef"),
        numpy_helper.from_array(f32(clf.intercept_), "intercept"),
        numpy_helper.from_array(np.asarray(clf.classes_, dtype=np.int64), "classes"),
        numpy_helper.from_array(f32([1.0]), "one"),
    ]
    nodes = [
        helper.make_node("Sub", [INPUT, "mean"], ["centred"]),
        helper.make_node("Div", ["centred", "scale"], ["scaled"]),
        helper.make_node("Gemm", ["scaled", "coef", "intercept"], ["logits"]),
    ]
    if binary:  # one logit: P(second class) = sigmoid, P(first) = 1 − that
        nodes += [
            helper.make_node("Sigmoid", ["logits"], ["p1"]),
            helper.make_node("Sub", ["one", "p1"], ["p0"]),
            helper.make_node("Concat", ["p0", "p1"], ["output_probability"], axis=1),
        ]
    else:
        nodes.append(helper.make_node("Softmax", ["logits"], ["output_probability"], axis=1))
    nodes += [
        helper.make_node("ArgMax", ["output_probability"], ["index"], axis=1, keepdims=0),
        helper.make_node("Gather", ["classes", "index"], ["output_label"], axis=0),
    ]
    graph = helper.make_graph(
        nodes,
        "breast_cancer_logreg",
        [helper.make_tensor_value_info(INPUT, TensorProto.FLOAT, [None, n_features])],
        [
            helper.make_tensor_value_info("output_label", TensorProto.INT64, [None]),
            helper.make_tensor_value_info("output_probability", TensorProto.FLOAT, [None, len(clf.classes_)]),
        ],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="train.py")
    model.ir_version = 8  # what opset 17 needs; readable by every onnxruntime since 1.12
    return model


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="data/breast_cancer_train.csv")
    ap.add_argument("--params", default="params.yaml")
    ap.add_argument("--model", default="model.onnx")
    ap.add_argument("--metrics", default="metrics.json")
    args = ap.parse_args()

    params = read_params(args.params)
    df = pd.read_csv(args.data)
    features = params["features"] or [c for c in df.columns if c != TARGET]
    missing = [c for c in features if c not in df.columns]
    if missing:
        sys.exit(f"{args.params}: features not in {args.data}: {missing}")
    X, y = df[features].to_numpy(dtype=np.float32), df[TARGET].to_numpy()

    pipe = Pipeline(
        [
            ("scaler", StandardScaler()),
            ("clf", LogisticRegression(C=params["C"], max_iter=params["max_iter"])),
        ]
    )
    # Cross-validated on the training rows only: the holdout stays unseen until modelgate evaluate scores the ONNX file.
    cv = cross_val_score(pipe, X, y, cv=5, scoring="accuracy")
    pipe.fit(X, y)
    proba = pipe.predict_proba(X)

    try:
        model = onnx_with_skl2onnx(pipe, len(features))
        exporter = "skl2onnx"
    except ImportError:
        model = onnx_by_hand(pipe, len(features))
        exporter = "onnx.helper"
    Path(args.model).write_bytes(model.SerializeToString())

    metrics = {
        "train": {
            "accuracy": accuracy_score(y, pipe.predict(X)),
            "log_loss": log_loss(y, proba),
            "roc_auc": roc_auc_score(y, proba[:, 1]),
        },
        "cv": {"accuracy_mean": float(cv.mean()), "accuracy_std": float(cv.std())},
        "rows": int(len(df)),
        "features": len(features),
        "iterations": int(pipe.named_steps["clf"].n_iter_[0]),
    }
    Path(args.metrics).write_text(json.dumps(metrics, indent=2) + "\n")
    print(
        f"trained on {len(df)} rows, {len(features)} features: cv accuracy {cv.mean():.4f} ± {cv.std():.4f};"
        f" wrote {args.model} ({exporter}) and {args.metrics}"
    )


if __name__ == "__main__":
    main()
