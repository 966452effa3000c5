"""Helpers of build.py: ledger lines at fact grain, declared (printed) cells, expected findings, file writers."""
import json
import os
from decimal import Decimal as D

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CENT = D("0.01")
FLOWS = ["EXPENDITURE", "INCOME", "OPENING_BALANCE", "CLOSING_BALANCE", "NON_FISCAL_SURPLUS_USED",
         "SURPLUS_DISTRIBUTION"]
MEASURES = {"initial": "initialBudget", "adjusted": "adjustedBudget", "final": "finalAccount"}

# 支出功能分类 类 as the 收支总表 print them (名称 → code); the rows the 2024 catalog lacks are printed blank here
CLASS_CODES = {
    "一般公共服务支出": "201", "外交支出": "202", "国防支出": "203", "公共安全支出": "204", "教育支出": "205",
    "科学技术支出": "206", "文化旅游体育与传媒支出": "207", "社会保障和就业支出": "208", "卫生健康支出": "210",
    "节能环保支出": "211", "城乡社区支出": "212", "农林水支出": "213", "交通运输支出": "214",
    "资源勘探工业信息等支出": "215", "商业服务业等支出": "216", "金融支出": "217", "援助其他地区支出": "219",
    "自然资源海洋气象等支出": "220", "住房保障支出": "221", "粮油物资储备支出": "222",
    "国有资本经营预算支出": "223", "灾害防治及应急管理支出": "224", "其他支出": "229", "债务还本支出": "231",
    "债务付息支出": "232", "债务发行费用支出": "233", "抗疫特别国债安排的支出": "234",
}


def wan(text):
    """A printed 万元 figure ("1,166.70", "1166.7") as Decimal 万元."""
    return D(str(text).replace(",", ""))


def yuan(wan_text):
    return (wan(wan_text) * 10000).quantize(CENT)


class Ledger:
    """Lines keyed like the import (flow, codes, source, type, project), each with up to three measures in 元."""

    def __init__(self):
        self.lines = {}

    def add(self, measure, yuan_amount, flow="EXPENDITURE", function=None, economic=None,
            source="GENERAL_PUBLIC_BUDGET", type=None, project=None):
        assert measure in MEASURES, measure
        if flow == "EXPENDITURE" and type is None:
            raise ValueError("expenditure needs a type")
        key = (flow, function or "", economic or "", source, type or "", project or "")
        line = self.lines.setdefault(key, {})
        line[measure] = line.get(measure, D(0)) + D(yuan_amount)
        return key

    def lines_of(self, **match):
        names = ["flow", "function", "economic", "source", "type", "project"]
        return [k for k in self.lines if all(k[names.index(n)] == v for n, v in match.items())]

    def csv(self):
        # the order the platform exports: flow, functionCode, economicCode (empty last), then as imported
        def order(key):
            flow, function, economic, source, type_, project = key
            return (flow, function or "~", economic or "~", source, type_, project)
        out = ["flow,functionCode,economicCode,fundingSource,expenditureType,projectCode,"
               "initialBudget,adjustedBudget,finalAccount"]
        for key in sorted(self.lines, key=order):
            line = self.lines[key]
            amounts = [str(line[m].quantize(CENT)) if m in line else "" for m in MEASURES]
            out.append(",".join(list(key) + amounts))
        return "\n".join(out) + "\n"


def nw_allocate(*marginals):
    """
    One fact table whose marginals are exactly the given ones (north-west corner rule: walk every list, take the
    smallest remainder, advance). Each marginal is a list of (code, 万元 text) with the same sum. Returns
    [(codes tuple, 元)]. Which of the many such tables this picks is arbitrary: the README says so.
    """
    lists = [[(code, yuan(amount)) for code, amount in m if wan(amount) != 0] for m in marginals]
    sums = {sum(a for _, a in m) for m in lists}
    assert len(sums) == 1, "marginals differ: %s" % sums
    index = [0] * len(lists)
    remainder = [m[0][1] for m in lists]
    facts = []
    while True:
        take = min(remainder)
        if take > 0:
            facts.append((tuple(m[i][0] for m, i in zip(lists, index)), take))
        done = False
        for k, m in enumerate(lists):
            remainder[k] -= take
            if remainder[k] == 0:
                index[k] += 1
                if index[k] == len(m):
                    done = True
                else:
                    remainder[k] = m[index[k]][1]
        if done:
            assert all(i == len(m) for i, m in zip(index, lists)), "unbalanced allocation"
            return facts


class Declared:
    """What a document printed, grouped by derived table and source (a place in the document)."""

    def __init__(self):
        self.groups = []

    def group(self, table, source, whole=False, unit="WAN_YUAN", unprinted=None):
        """unprinted: rows of the derived table that this layout leaves out (a whole table is checked without them)."""
        group = {"table": table, "source": source, "unit": unit, "wholeTable": whole, "cells": []}
        if unprinted:
            group["unprintedRows"] = unprinted
        self.groups.append(group)
        return Group(group)

    def json(self):
        parts = []
        for g in self.groups:
            head = json.dumps({k: g[k] for k in ("table", "source", "unit", "wholeTable", "unprintedRows") if k in g},
                              ensure_ascii=False)[:-1]
            cells = ",\n".join("    " + json.dumps(c, ensure_ascii=False) for c in g["cells"])
            parts.append(head + ', "cells": [\n' + cells + "\n  ]}")
        return "[\n  " + ",\n  ".join(parts) + "\n]\n"


class Group:
    def __init__(self, group):
        self.g = group

    def cell(self, row, column, value):
        value = "0" if value in (None, "", "-") else value
        amount = wan(value).quantize(CENT)
        for c in self.g["cells"]:
            assert (c["row"], c["column"]) != (row, column), "twice: %s %s %s" % (self.g["table"], row, column)
        self.g["cells"].append({"row": row, "column": column, "value": str(amount)})
        return self

    def row(self, row, columns, values):
        for column, value in zip(columns, values):
            self.cell(row, column, value)
        return self


def finding(rule, location, expected, actual, why):
    return {"ruleId": rule, "location": location, "expected": expected, "actual": actual, "why": why}


def write(folder, department, ledger, attributes, declared, findings, extra=None):
    path = os.path.join(ROOT, folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "department.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(department, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(path, "ledger.csv"), "w", encoding="utf-8") as f:
        f.write(ledger.csv())
    with open(os.path.join(path, "attributes.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(attributes, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(path, "declared.json"), "w", encoding="utf-8") as f:
        f.write(declared.json())
    with open(os.path.join(path, "findings.json"), "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in findings) + "\n]\n"
                if findings else "[]\n")
    for name, content in (extra or {}).items():
        with open(os.path.join(path, name), "w", encoding="utf-8") as f:
            f.write(content)


def allocate(*marginals):
    """
    Facts from marginals of one total (功能分类 项, 经济分类 款, 项目): first every amount that appears in each marginal is
    one fact (住房公积金 项 = 30113 款 = its project); the rest goes by the north-west corner rule with the first
    marginal's entries smallest first and 经济分类 款 in the order 301, 303, 302, 310, … — so that 公用经费 lands in
    the largest 项 (行政运行 or 事业运行 as a rule). Returns [(codes tuple, 元)].
    """
    lists = [[(c, a) for c, a in m if wan(a) != 0] for m in marginals]
    facts = []
    for code, amount in list(lists[0]):
        matches = [next((e for e in m if wan(e[1]) == wan(amount)), None) for m in lists[1:]]
        if all(x is not None for x in matches):
            facts.append(((code,) + tuple(x[0] for x in matches), yuan(amount)))
            lists[0].remove((code, amount))
            for m, x in zip(lists[1:], matches):
                m.remove(x)
    lists[0].sort(key=lambda f: wan(f[1]))
    for m in lists[1:]:
        if all(len(c) == 5 and c[:1] == "3" for c, _ in m):
            m.sort(key=lambda e: ({"301": 0, "303": 1, "302": 2}.get(e[0][:3], 3), e[0]))
    if lists[0]:
        facts += nw_allocate(*lists)
    return facts


REPORTS = os.path.join(ROOT, "..", "..", "budget-service", "target", "reference-data")


def explain(folder, rules):
    """
    The expected validation report: every finding of the last test run (budget-service/target/reference-data/, or
    the current findings.json) with the reason the rules give it; a finding no rule explains stops the build. A rule
    is (location regex or None, derived value or None, printed value or None, why).
    """
    import re
    path = os.path.join(REPORTS, folder + ".findings.json")
    if not os.path.exists(path):
        path = os.path.join(ROOT, folder, "findings.json")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        found = json.load(f)
    out = []
    for x in found:
        why = next((r[3] for r in rules if (r[0] is None or re.search(r[0], x["location"]))
                    and (r[1] is None or r[1] == x["expected"]) and (r[2] is None or r[2] == x["actual"])), None)
        if why is None:
            raise SystemExit("%s: no rule explains %s" % (folder, x))
        out.append(finding(x["ruleId"], x["location"], x["expected"], x["actual"], why))
    return sorted(out, key=lambda x: (x["ruleId"], x["location"]))
