#!/usr/bin/env python3
"""Keeps, from Kubernetes' OpenAPI v2 document (swagger.json), the definitions of the kinds the manifests use and
everything they reference, so that the vendored file stays small. Run by hand when the Kubernetes version moves:
  trim-definitions.py swagger.json > kubernetes-definitions.json
The definitions are kept verbatim; the test makes them strict (no unknown fields) when it loads them."""
import json
import sys

KINDS = {
    ("", "v1", "ConfigMap"), ("", "v1", "Secret"), ("", "v1", "Service"), ("", "v1", "Namespace"),
    ("", "v1", "ServiceAccount"),
    ("apps", "v1", "Deployment"), ("policy", "v1", "PodDisruptionBudget"),
    ("autoscaling", "v2", "HorizontalPodAutoscaler"),
    ("networking.k8s.io", "v1", "NetworkPolicy"), ("networking.k8s.io", "v1", "Ingress"),
}

spec = json.load(open(sys.argv[1]))
definitions = spec["definitions"]
roots = [name for name, d in definitions.items()
         if any((g["group"], g["version"], g["kind"]) in KINDS for g in d.get("x-kubernetes-group-version-kind", []))]
keep, todo = set(), list(roots)
while todo:
    name = todo.pop()
    if name in keep:
        continue
    keep.add(name)
    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/definitions/"):
                todo.append(ref[len("#/definitions/"):])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(definitions[name])
json.dump({"definitions": {n: definitions[n] for n in sorted(keep)}}, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
