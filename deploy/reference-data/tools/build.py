#!/usr/bin/env python3
"""
How the reference datasets of deploy/reference-data/ were first made (README there). The files it writes are the
data: the tests read the files, never this script. Run it again only to regenerate them from scratch:

    python3 deploy/reference-data/tools/build.py [dataset ...]

Figures are transcribed from the published documents (Wuhan: the seed texts, by hand, below; Shanghai Putuo: the
source.expected.json beside each dataset). Where a document prints only marginals (支出 by 功能分类 项 in one table,
基本支出 by 经济分类 款 in another), the facts behind them are rebuilt by common.allocate (exact matches, then the north-west corner rule):
any such fact table derives the same printed figures, and the README says which splits were allocated.
"""
import json
import os
import sys

import texts
from common import CLASS_CODES, D, Declared, Ledger, ROOT, allocate, explain, finding, wan, write, yuan

FA03_COLUMNS = ["total", "basic", "project", "remittance", "business", "subsidy"]
FA05_COLUMNS = ["total", "basic", "project"]
THREE_PUBLIC = ["total", "overseasTravel", "vehicles", "vehiclePurchase", "vehicleOperation", "reception"]
FA_INCOME_SOURCES = ["GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET", "STATE_CAPITAL_OPERATION_BUDGET",
                     "SUPERIOR_SUBSIDY", "PUBLIC_SERVICE_REVENUE", "BUSINESS_REVENUE", "SUBSIDIARY_REMITTANCE",
                     "OTHER_REVENUE"]
APPROPRIATION = ["GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET", "STATE_CAPITAL_OPERATION_BUDGET"]


def rows(text):
    """'code total basic project' lines (万元 as printed, '-' for blank) → [(code, [values])]."""
    out = []
    for line in text.strip().splitlines():
        parts = line.split()
        out.append((parts[0], parts[1:]))
    return out


def pairs(text):
    return [tuple(line.split()) for line in text.strip().splitlines()]


def final_accounts_summary(decl, source, income, classes, opening="0", closing="0", nonfiscal="0",
                           distribution="0"):
    """公开01表: income by source, the 类 rows as printed (名称 → amount), carry-overs, totals."""
    g = decl.group("FA01", source, whole=True)
    for s in FA_INCOME_SOURCES:
        g.cell(s, "total", income.get(s))
    total_income = sum((wan(v) for v in income.values()), D(0))
    g.cell("name=本年收入合计", "total", str(total_income))
    g.cell("name=使用非财政拨款结余（含专用结余）", "total", nonfiscal)
    g.cell("name=年初结转和结余", "total", opening)
    g.cell("level=INCOME_GRAND_TOTAL", "total", str(total_income + wan(nonfiscal) + wan(opening)))
    for name, code in CLASS_CODES.items():
        g.cell(code, "total", classes.get(code))
    total_spent = sum((wan(v) for v in classes.values()), D(0))
    g.cell("name=本年支出合计", "total", str(total_spent))
    g.cell("name=结余分配", "total", distribution)
    g.cell("name=年末结转和结余", "total", closing)
    g.cell("total", "total", str(total_spent + wan(distribution) + wan(closing)))
    return g


# ---------------------------------------------------------------------------------------------------------------
# seed 000: 武汉市江汉区保健医疗办公室（经费差额表）2024 年度部门决算 — 项目支出 only, six projects
# ---------------------------------------------------------------------------------------------------------------

def seed000():
    unit = "江汉区保健医疗办公室"
    # project: (名称, 项, 年初预算 = 全年预算 (自评表 预算数), 决算 (自评表 执行数), 经济分类 — not printed, chosen)
    projects = [
        ("WHJHBJYLP01", "教育系统公务员医疗补助", "2059999", "1259", "1166.70", "30307"),
        ("WHJHBJYLP02", "公务员医疗补助", "2109999", "1384.5", "1331.91", "30307"),
        ("WHJHBJYLP03", "保优离人员医疗费", "2109999", "2000.8", "1924.59", "30307"),
        ("WHJHBJYLP04", "子女互助合作医疗", "2109999", "152.2", "152.20", "30307"),
        ("WHJHBJYLP05", "保健医疗专项工作经费", "2109999", "4.8", "3.67", "30299"),
        ("WHJHBJYLP06", "教育系统保优离人员医疗费", "2109999", "300", "300", "30307"),
    ]
    ledger = Ledger()
    for code, name, function, initial, final, economic in projects:
        ledger.add("initial", yuan(initial), function=function, economic=economic, type="PROJECT", project=code)
        ledger.add("final", yuan(final), function=function, economic=economic, type="PROJECT", project=code)
    ledger.add("final", yuan("1166.70"), flow="INCOME", function="2059999")
    ledger.add("final", yuan("3712.37"), flow="INCOME", function="2109999")

    attributes = {
        "project": {code: {"name": name, "category": "SPECIFIC_PURPOSE", "executingUnit": unit}
                    for code, name, *_ in projects},
        "explanation": {
            "variance:FINAL_ACCOUNT:2059999": {"text": "一是医保进行了统筹改革；二是2023年度教育系统公务员医疗补助任延续老政策"
                                                       "（即执行门诊补助1,200元的起付线）予以发放。"},
            "yoy:total": {"text": "一是2024年保优离人员医疗费年初预算2000.8万元，实际支出1,924.6万元，而2023年保优离人员医疗费支出"
                                  "达到了1,535万元，比上年增加了389.6万元，增加25.4%；二是保健医疗专项工作经费2024年初预算4.8万元，"
                                  "实际支出3.7万元，2023年支出5.4万元，比上年减少了1.7万元。三是教育系统公务员医疗补助2024年支出"
                                  "1,166.69万元，2023年支出1,626.86万元，比上年减少了460.17万元；四是公务员医疗补助2024年支出"
                                  "1331.9万元，2023年支出1,648.79万元，比上年减少了316.9万元；五是子女互助合作医疗费2024年支出"
                                  "152.2万元，2023年子女互助合作医疗支出160.8万元，比上年减少了8.6万元。"},
            # 情况说明 二, 三 (the list after 主要原因是), 四, 五(一) and the whole of 十三
            "yoy:income": {"text": texts.SEED000["yoy:income"]},
            "yoy:expenditure": {"text": texts.SEED000["yoy:expenditure"]},
            "yoy:appropriation": {"text": texts.SEED000["yoy:appropriation"]},
            "yoy:general-budget": {"text": texts.SEED000["yoy:general-budget"]},
            "note:performance": {"text": texts.SEED000["note:performance"]},
        },
        "statistic": {
            "procurement.goods": {"amount": "0.00"},
            "procurement.works": {"amount": "0.00"},
            "procurement.services": {"amount": str(yuan("0.6"))},
            "procurement.sme": {"amount": str(yuan("0.6"))},
            "procurement.small-micro": {"amount": str(yuan("0.6"))},
            "assets.vehicles.total": {"amount": "0"},
            "assets.equipment-over-1m": {"amount": "0"},
        },
    }

    decl = Declared()
    classes = {"205": "1166.70", "210": "3712.37"}
    final_accounts_summary(decl, "公开01表", {"GENERAL_PUBLIC_BUDGET": "4879.07"}, classes)
    tree = [("total", "4879.07"), ("205", "1166.70"), ("20599", "1166.70"), ("2059999", "1166.70"),
            ("210", "3712.37"), ("21099", "3712.37"), ("2109999", "3712.37")]
    g = decl.group("FA02", "公开02表", whole=True)
    for code, amount in tree:
        g.row(code, ["total", "appropriation", "superiorSubsidy", "publicService", "business", "subsidiary", "other"],
              [amount, amount] + [None] * 5)
    # the text of 公开03表 drops the blank 基本支出 cell of the 类/款/项 rows; its 合计 row and 公开05表 show the
    # figure is 项目支出
    g = decl.group("FA03", "公开03表", whole=True)
    for code, amount in tree:
        g.row(code, FA03_COLUMNS, [amount, None, amount, None, None, None])
    g = decl.group("FA04", "公开04表", whole=True)
    for s in APPROPRIATION:
        g.cell(s, "total", "4879.07" if s == "GENERAL_PUBLIC_BUDGET" else None)
    g.cell("name=本年收入合计", "total", "4879.07").cell("name=年初财政拨款结转和结余", "total", None)
    g.cell("level=INCOME_GRAND_TOTAL", "total", "4879.07")
    columns04 = ["total", "GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET", "STATE_CAPITAL_OPERATION_BUDGET"]
    for code in CLASS_CODES.values():
        g.row(code, columns04, [classes.get(code), classes.get(code), None, None])
    g.row("name=本年支出合计", columns04, ["4879.07", "4879.07", None, None])
    g.row("name=年末财政拨款结转和结余", columns04, [None] * 4)
    g.row("total", columns04, ["4879.07", "4879.07", None, None])
    g = decl.group("FA05", "公开05表", whole=True)
    for code, amount in tree:
        g.row(code, FA05_COLUMNS, [amount, None, amount])
    g = decl.group("FA06", "公开06表", whole=True)
    for code in """301 30101 30102 30103 30106 30107 30108 30109 30110 30111 30112 30113 30114 30199 303 30301 30302
            30303 30304 30305 30306 30307 30308 30309 30310 30311 30399 302 30201 30202 30203 30204 30205 30206
            30207 30208 30209 30211 30212 30213 30214 30215 30216 30217 30218 30224 30225 30226 30227 30228 30229
            30231 30239 30240 30299 310 31002 31003 31007 31013 31022 31099""".split():
        g.cell(code, "amount", None)
    g.cell("name=人员经费合计", "amount", None).cell("name=公用经费合计", "amount", None)
    decl.group("FA07", "公开07表", whole=True).row(
        "total", ["opening", "income", "total", "basic", "project", "closing"], [None] * 6)
    decl.group("FA08", "公开08表", whole=True).row("total", FA05_COLUMNS, [None] * 3)
    g = decl.group("FA09", "公开09表", whole=True)
    for prefix in ("budget", "final"):
        g.row("total", [prefix + "." + c for c in THREE_PUBLIC], [None] * 6)

    # 情况说明: the totals, then the projects' figures as each section quotes them
    decl.group("FA01", "情况说明 一").cell("level=INCOME_GRAND_TOTAL", "total", "4879.07").cell(
        "total", "total", "4879.07")
    g = decl.group("FA01", "情况说明 二").cell("name=本年收入合计", "total", "4,879.07")
    for s in FA_INCOME_SOURCES:
        g.cell(s, "total", "4,879.07" if s == "GENERAL_PUBLIC_BUDGET" else "0")
    decl.group("FA02", "情况说明 二").cell("2059999", "total", "1,166.7").cell("210", "total", "3,712.37").cell(
        "2109999", "total", "3712.37")
    decl.group("FA03", "情况说明 三").row("total", FA03_COLUMNS, ["4,879.07", "0", "4879.07", "0", "0", "0"]).cell(
        "2059999", "total", "1,166.7").cell("210", "total", "3712.37").cell("2109999", "total", "3712.37")
    decl.group("FA04", "情况说明 四").cell("level=INCOME_GRAND_TOTAL", "total", "4,879.07").cell(
        "GENERAL_PUBLIC_BUDGET", "total", "4,879.07").cell("GOVERNMENT_FUND_BUDGET", "total", "0").cell(
        "STATE_CAPITAL_OPERATION_BUDGET", "total", "0")
    decl.group("FA05", "情况说明 五(一)(二)").cell("total", "total", "4,879.07").cell(
        "205", "total", "1,166.7").cell("210", "total", "3,712.37")
    decl.group("FA05", "情况说明 五(三)").row("total", ["basic", "project"], ["0", "4,879.07"])
    decl.group("FA10", "情况说明 五(三)").row("total", ["initial", "final"], ["5,101.30", "4,879.07"]).row(
        "2059999", ["initial", "final"], ["1,259", "1,166.7"]).row("2109999", ["initial", "final"], ["3,842.3", "3,712.37"])
    decl.group("FA06", "情况说明 六").row("total", ["amount", "personnel", "operating"], ["0", "0", "0"])
    decl.group("FA09", "情况说明 九、十").cell("total", "final.total", "0").cell("total", "final.agencyOperating", "0")
    decl.group("FA10", "部门整体支出绩效自评表").row("total", ["fullYear", "final"], ["5101.3", "4879.07"])
    sections = {
        "情况说明 一": [("WHJHBJYLP03", "initial", "2000.8"), ("WHJHBJYLP03", "final", "1,924.6"),
                     ("WHJHBJYLP05", "initial", "4.8"), ("WHJHBJYLP05", "final", "3.7"),
                     ("WHJHBJYLP01", "final", "1,166.69"), ("WHJHBJYLP02", "final", "1331.9"),
                     ("WHJHBJYLP04", "final", "152.2")],
        "情况说明 三": [("WHJHBJYLP01", "final", "1,166.7"), ("WHJHBJYLP02", "final", "1,331.91"),
                     ("WHJHBJYLP03", "final", "1,924.58"), ("WHJHBJYLP04", "final", "152.2"),
                     ("WHJHBJYLP06", "final", "300"), ("WHJHBJYLP05", "final", "3.67")],
        "情况说明 四、五(一)": [("WHJHBJYLP02", "final", "1,331.91"), ("WHJHBJYLP01", "final", "1,166.7"),
                          ("WHJHBJYLP05", "final", "3.67"), ("WHJHBJYLP04", "final", "152.2"),
                          ("WHJHBJYLP03", "final", "1924.58"), ("WHJHBJYLP06", "final", "300")],
        "情况说明 五(三)": [("WHJHBJYLP01", "final", "1,166.7"), ("WHJHBJYLP02", "final", "1,331.91"),
                        ("WHJHBJYLP03", "final", "1,924.58"), ("WHJHBJYLP05", "final", "3.67"),
                        ("WHJHBJYLP04", "final", "152.2")],
        "情况说明 十三": [("WHJHBJYLP01", "fullYear", "1259"), ("WHJHBJYLP01", "final", "1166.7"),
                      ("WHJHBJYLP02", "fullYear", "1384.5"), ("WHJHBJYLP02", "final", "1331.91"),
                      ("WHJHBJYLP03", "fullYear", "2,000.8"), ("WHJHBJYLP03", "final", "1924.58"),
                      ("WHJHBJYLP04", "fullYear", "152.2"), ("WHJHBJYLP04", "final", "152.2"),
                      ("WHJHBJYLP05", "fullYear", "4.8"), ("WHJHBJYLP05", "final", "3.67"),
                      ("WHJHBJYLP06", "fullYear", "300"), ("WHJHBJYLP06", "final", "300"),
                      ("total", "final", "4,879.07")],
        "项目支出绩效自评表": [("WHJHBJYLP01", "fullYear", "1259"), ("WHJHBJYLP01", "final", "1166.7"),
                         ("WHJHBJYLP02", "fullYear", "1384.5"), ("WHJHBJYLP02", "final", "1331.91"),
                         ("WHJHBJYLP06", "fullYear", "300"), ("WHJHBJYLP06", "final", "300"),
                         ("WHJHBJYLP03", "fullYear", "2000.8"), ("WHJHBJYLP03", "final", "1924.59"),
                         ("WHJHBJYLP05", "fullYear", "4.8"), ("WHJHBJYLP05", "final", "3.67"),
                         ("WHJHBJYLP04", "fullYear", "152.2"), ("WHJHBJYLP04", "final", "152.2")],
    }
    for source, cells in sections.items():
        g = decl.group("FA11", source)
        for row, column, value in cells:
            g.cell(row, column, value)

    one_decimal = ("printed to one decimal in 情况说明 一 where the project's figure has two (自评表); DECL-01 compares "
                   "to the cent, as README §7 does for 1331.9")
    findings = [
        finding("DECL-01", "FA11:row[code=WHJHBJYLP01]:final (情况说明 一)", "1166.70", "1166.69",
                "README §7 (000): 教育系统公务员医疗补助 is 1,166.69 in 情况说明 一, 1,166.70 in 公开表 (2059999) and "
                "1166.7 everywhere else"),
        finding("DECL-01", "FA11:row[code=WHJHBJYLP02]:final (情况说明 一)", "1331.91", "1331.90",
                "README §7 (000): 公务员医疗补助 is 1331.9 in 情况说明 一 and 1,331.91 in every other place"),
        finding("DECL-01", "FA11:row[code=WHJHBJYLP03]:final (情况说明 一)", "1924.59", "1924.60", one_decimal),
        finding("DECL-01", "FA11:row[code=WHJHBJYLP05]:final (情况说明 一)", "3.67", "3.70", one_decimal),
    ] + [finding("DECL-01", "FA11:row[code=WHJHBJYLP03]:final (%s)" % source, "1924.59", "1924.58",
                 "README §7 (000): 保优离人员医疗费 is 1,924.58 in 情况说明 and 1924.59 in its 项目支出绩效自评表; the "
                 "项 total 3,712.37 (公开02–05表) needs 1924.59 beside 1,331.91 + 152.20 + 3.67 + 300")
         for source in ["情况说明 三", "情况说明 四、五(一)", "情况说明 五(三)", "情况说明 十三"]] + [
        finding("EXP-01", "支出功能分类 2109999", "an explanation variance:FINAL_ACCOUNT:2109999 (年初预算 3842.30, "
                "决算 3712.37)", "missing", "情况说明 五(三) gives 2109999's 年初预算 3,842.3 and 决算 3,712.37 (96.6%) "
                "but no 主要原因"),
    ]
    department = {"code": "WHJHBJYL", "name": "武汉市江汉区保健医疗办公室", "unitType": "PUBLIC_INSTITUTION",
                  "parent": {"code": "WHJHWJJ", "name": "武汉市江汉区卫生健康局", "unitType": "ADMINISTRATIVE"}}
    write("WHJHBJYL-2024", department, ledger, attributes, decl, findings)


# ---------------------------------------------------------------------------------------------------------------
# seed 002: 武汉市医疗保险中心 2024 年度部门决算
# ---------------------------------------------------------------------------------------------------------------

def seed002():
    basic_by_function = pairs("""
        2080501 31.77
        2080505 239.12
        2101101 216.40
        2101103 251.21
        2101501 2652.86
        2101599 51.32
        2210201 287.80
        2210202 52.08
        2210203 102.68""")
    basic_by_economic = pairs("""
        30101 505.83
        30102 548.85
        30103 1049.35
        30107 51.32
        30108 239.12
        30110 216.40
        30111 223.87
        30112 9.24
        30113 287.80
        30199 229.85
        30201 69.90
        30207 24.00
        30211 8.00
        30213 10.00
        30216 3.00
        30217 1.01
        30227 109.44
        30228 52.00
        30229 65.00
        30231 0.80
        30239 81.00
        30299 44.69
        30302 15.01
        30307 27.34
        30309 3.26
        30399 9.16""")
    # 情况说明 五(三): 年初预算 of each 项 (一般公共预算财政拨款)
    printed_initial = dict(pairs("""
        2080501 25.16
        2080505 240.78
        2101101 226.37
        2101103 257.29
        2101501 2615.71
        2101506 4946.29
        2101599 51.32
        2210201 312.24
        2210202 53.69
        2210203 102.68"""))
    initial = dict(printed_initial)
    ledger = Ledger()
    for (function, economic), amount in allocate(basic_by_function, basic_by_economic):
        ledger.add("final", amount, function=function, economic=economic, type="BASIC")
    # 公开09表: the "三公" 预算数 equals the 决算数 (1.01 接待, 0.80 车辆运行); held as the lines' 年初预算
    three_public_budget = {"30217": "1.01", "30231": "0.80"}
    for economic, amount in three_public_budget.items():
        (key,) = ledger.lines_of(economic=economic, type="BASIC")
        ledger.add("initial", yuan(amount), function=key[1], economic=economic, type="BASIC")
        initial[key[1]] = str(wan(initial[key[1]]) - wan(amount))
    # 情况说明 十: 机关运行经费 468.84 is "比年初预算数增加 145.05", so its 年初预算 is 323.79; beside the "三公" lines'
    # 1.81, the other 321.98 sits on the first 公用经费 line of 2101501 (where all 公用经费 is), out of that 项's 年初预算
    agency_initial = wan("468.84") - wan("145.05") - sum(wan(a) for a in three_public_budget.values())
    ledger.add("initial", yuan(agency_initial), function="2101501", economic="30201", type="BASIC")
    initial["2101501"] = str(wan(initial["2101501"]) - agency_initial)
    # the rest of each 项's 年初预算 sits on its first other line (the document prints it per 项 only)
    for function, amount in initial.items():
        if function == "2101506":
            continue
        key = next(k for k in sorted(ledger.lines_of(function=function, type="BASIC"))
                   if k[2] not in three_public_budget)
        ledger.add("initial", yuan(amount), function=function, economic=key[2], type="BASIC")
    # 项目支出 5,225.87 = 医疗保险经办服务工作经费 4,575.87 (全年调整预算) + 医疗保险经办运行工作经费 650 (情况说明 五(三),
    # 十三); the 项's 年初预算 4,946.29 is split as 4,296.29 + 650 ("年中追加预算" of the first); 经济分类 not printed
    ledger.add("initial", yuan("4296.29"), function="2101506", economic="30227", type="PROJECT", project="WHYBZXP01")
    ledger.add("adjusted", yuan("4575.87"), function="2101506", economic="30227", type="PROJECT", project="WHYBZXP01")
    ledger.add("final", yuan("4575.87"), function="2101506", economic="30227", type="PROJECT", project="WHYBZXP01")
    ledger.add("initial", yuan("650"), function="2101506", economic="30227", type="PROJECT", project="WHYBZXP02")
    ledger.add("final", yuan("650"), function="2101506", economic="30227", type="PROJECT", project="WHYBZXP02")
    # 全额拨款: each 项's spending was appropriated as 一般公共预算财政拨款收入 of the same 项
    spent = {}
    for key, line in ledger.lines.items():
        spent[key[1]] = spent.get(key[1], D(0)) + line.get("final", D(0))
    for function, amount in spent.items():
        ledger.add("final", amount, flow="INCOME", function=function)

    attributes = {
        "project": {
            "WHYBZXP01": {"name": "医疗保险经办服务工作经费", "category": "SPECIFIC_PURPOSE",
                          "executingUnit": "武汉市医疗保险中心"},
            "WHYBZXP02": {"name": "医疗保险经办运行工作经费", "category": "SPECIFIC_PURPOSE",
                          "executingUnit": "武汉市医疗保险中心"},
        },
        "explanation": {
            "yoy:total": {"text": "医保经办业务工作量增加故相关收支增加。"},
            "yoy:income": {"text": "医保经办业务工作量增加故相关收支增加。"},
            "yoy:expenditure": {"text": "医保经办业务工作量增加故相关收支增加。"},
            "yoy:appropriation": {"text": "医保经办业务工作量增加故相关收支增加。"},
            "yoy:general-budget": {"text": "医保经办业务工作量增加故相关支出增加。"},
            "yoy:three-public": {"text": "厉行节约、严格控制“三公”经费支出。"},
            "yoy:three-public:vehicles": {"text": "厉行节约、严格控制公务用车购置及运行费支出。"},
            "yoy:three-public:reception": {"text": "厉行节约、严格控制公务接待费用支出。"},
            "variance:agency-operating": {"text": "医保经办业务工作量增加且独立办公区经办机构日常公用开支增加故机关运行经费支出有所增加。"},
            "note:performance": {"text": texts.SEED002["note:performance"]},
            "variance:FINAL_ACCOUNT:2080501": {"text": "退休人员公用支出按实际发生数列支。"},
            "variance:FINAL_ACCOUNT:2080505": {"text": "单位基本养老保险缴费支出按实际发生数列支。"},
            "variance:FINAL_ACCOUNT:2101101": {"text": "单位基本医疗保险、生育保险按实际发生数列支。"},
            "variance:FINAL_ACCOUNT:2101103": {"text": "单位公务员医疗补助按实际发生数列支。"},
            "variance:FINAL_ACCOUNT:2101501": {"text": "工资、奖金、津补贴、日常公用经费等按实际发生数列支。"},
            "variance:FINAL_ACCOUNT:2101506": {"text": "医保经办业务工作量增加故医疗保险经办服务工作经费项目支出年中追加预算。"},
            "variance:FINAL_ACCOUNT:2210201": {"text": "住房公积金按实际发生数列支。"},
            "variance:FINAL_ACCOUNT:2210202": {"text": "提租补贴按实际发生数列支。"},
        },
        "statistic": {
            "procurement.goods": {"amount": str(yuan("132.18"))},
            "procurement.works": {"amount": str(yuan("1376.59"))},
            "procurement.services": {"amount": str(yuan("2516.93"))},
            "procurement.sme": {"amount": str(yuan("3631.72"))},
            "procurement.small-micro": {"amount": str(yuan("3565.44"))},
            "assets.vehicles.total": {"amount": "1"},
            "assets.equipment-over-1m": {"amount": "0"},
            "vehicles.held": {"amount": "1"},
            "reception.domestic.batches": {"amount": "7"},
            "reception.domestic.persons": {"amount": "58"},
        },
    }

    decl = Declared()
    classes = {"208": "270.89", "210": "8397.66", "221": "442.56"}
    final_accounts_summary(decl, "公开01表", {"GENERAL_PUBLIC_BUDGET": "9111.11"}, classes)
    fa05 = rows("""
        208 270.89 270.89 -
        20805 270.89 270.89 -
        2080501 31.77 31.77 -
        2080505 239.12 239.12 -
        210 8397.66 3171.79 5225.87
        21011 467.61 467.61 -
        2101101 216.40 216.40 -
        2101103 251.21 251.21 -
        21015 7930.05 2704.18 5225.87
        2101501 2652.86 2652.86 -
        2101506 5225.87 - 5225.87
        2101599 51.32 51.32 -
        221 442.56 442.56 -
        22102 442.56 442.56 -
        2210201 287.80 287.80 -
        2210202 52.08 52.08 -
        2210203 102.68 102.68 -
        total 9111.11 3885.24 5225.87""")
    # 公开02表 lost its body in the text extraction: not declared
    g = decl.group("FA03", "公开03表", whole=True)
    for code, values in fa05:
        g.row(code, FA03_COLUMNS, values + ["-", "-", "-"])
    g = decl.group("FA04", "公开04表", whole=True)
    for s in APPROPRIATION:
        g.cell(s, "total", "9111.11" if s == "GENERAL_PUBLIC_BUDGET" else None)
    g.cell("name=本年收入合计", "total", "9111.11")
    g.cell("name=年初财政拨款结转和结余", "total", None)
    g.cell("level=INCOME_GRAND_TOTAL", "total", "9111.11")
    for code in CLASS_CODES.values():
        g.row(code, ["total", "GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET"], [classes.get(code)] * 2 + [None])
    g.row("name=本年支出合计", ["total", "GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET"], ["9111.11", "9111.11", None])
    g.row("name=年末财政拨款结转和结余", ["total", "GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET"], [None] * 3)
    g.row("total", ["total", "GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET"], ["9111.11", "9111.11", None])
    g = decl.group("FA05", "公开05表", whole=True)
    for code, values in fa05:
        g.row(code, FA05_COLUMNS, values)
    g = decl.group("FA06", "公开06表", whole=True)
    fa06 = dict(basic_by_economic)
    for code, amount in pairs("""
            301 3361.63
            303 54.77
            302 468.84
            310 0""") + [(c, "0") for c in """30106 30109 30114 30301 30303 30304 30305 30306 30308 30310 30311
            30202 30203 30204 30205 30206 30208 30209 30212 30214 30215 30218 30224 30225 30226 30240
            31002 31003 31007 31013 31021 31022 31099""".split()]:
        fa06[code] = amount
    for code, amount in fa06.items():
        g.cell(code, "amount", amount)
    g.cell("name=人员经费合计", "amount", "3416.40")
    g.cell("name=公用经费合计", "amount", "468.84")
    decl.group("FA07", "公开07表", whole=True).row(
        "total", ["opening", "income", "total", "basic", "project", "closing"], [None] * 6)
    decl.group("FA08", "公开08表", whole=True).row("total", FA05_COLUMNS, [None] * 3)
    g = decl.group("FA09", "公开09表", whole=True)
    for prefix in ("budget", "final"):
        g.row("total", [prefix + "." + c for c in THREE_PUBLIC], ["1.81", None, "0.80", None, "0.80", "1.01"])

    # 情况说明 (the narrative quotes the same figures again)
    decl.group("FA01", "情况说明 一").row("total", ["total"], ["9111.11"]).cell(
        "level=INCOME_GRAND_TOTAL", "total", "9111.11")
    decl.group("FA01", "情况说明 二").cell("name=本年收入合计", "total", "9111.11").cell(
        "GENERAL_PUBLIC_BUDGET", "total", "9111.11")
    decl.group("FA03", "情况说明 三").row("total", ["total", "basic", "project"], ["9111.11", "3885.24", "5225.87"]).row(
        "208", ["total"], ["270.89"]).row("210", ["total"], ["8397.66"]).row("221", ["total"], ["442.56"])
    decl.group("FA04", "情况说明 四").cell("level=INCOME_GRAND_TOTAL", "total", "9111.11").cell(
        "GENERAL_PUBLIC_BUDGET", "total", "9111.11")
    g = decl.group("FA05", "情况说明 五(一)(二)")
    g.cell("total", "total", "9111.11")
    for code, amount in pairs("""
            208 270.89
            2080501 31.77
            2080505 239.12
            210 8397.66
            2101101 216.4
            2101103 251.21
            2101501 2652.86
            2101506 5225.87
            2101599 51.33
            221 442.56
            2210201 287.8
            2210202 52.08
            2210203 102.68"""):
        g.cell(code, "total", amount)
    g = decl.group("FA10", "情况说明 五(三)")
    g.row("total", ["initial", "final"], ["8831.53", "9111.11"])
    for code, amount in pairs("""
            2080501 31.77
            2080505 239.12
            2101101 216.40
            2101103 251.21
            2101501 2652.86
            2101506 5225.87
            2101599 51.32
            2210201 287.80
            2210202 52.08
            2210203 102.68"""):
        g.row(code, ["initial", "final"], [printed_initial[code], amount])
    decl.group("FA05", "情况说明 五(三)").row("total", ["basic", "project"], ["3885.24", "5225.87"])
    decl.group("FA06", "情况说明 六").cell("total", "amount", "3885.24").cell(
        "name=人员经费合计", "amount", "3416.4").cell("name=公用经费合计", "amount", "468.84")
    decl.group("FA09", "情况说明 九、十").row(
        "total", ["budget.total", "final.total", "budget.vehicles", "final.vehicles", "final.vehicleOperation",
                  "budget.reception", "final.reception", "final.agencyOperating"],
        ["1.81", "1.81", "0.8", "0.8", "0.8", "1.01", "1.01", "468.84"])
    g = decl.group("FA11", "情况说明 五(三)、十三")
    g.row("WHYBZXP01", ["fullYear", "final"], ["4575.87", "4575.87"])
    g.row("WHYBZXP02", ["fullYear", "final"], ["650", "650"])
    g.cell("total", "final", "5225.87")

    findings = [
        finding("DECL-01", "FA05:row[code=2101599]:total (情况说明 五(一)(二))", "51.32", "51.33",
                "README §7 (002): 2101599 其他医疗保障管理事务支出 is 51.33 in one sentence of 情况说明 五(二), "
                "51.32 in 公开03/05表 and 五(三)"),
    ]
    department = {"code": "WHYBZX", "name": "武汉市医疗保险中心", "unitType": "CIVIL_SERVICE_MANAGED_INSTITUTION",
                  "parent": {"code": "WHYBJ", "name": "武汉市医疗保障局", "unitType": "ADMINISTRATIVE"}}
    write("WHYBZX-2024", department, ledger, attributes, decl, findings)


# ---------------------------------------------------------------------------------------------------------------
# seed 001: 武汉市汉阳区医疗保障局本级 2024 年部门预算
# ---------------------------------------------------------------------------------------------------------------

def seed001():
    unit = "武汉市汉阳区医疗保障局本级"
    names = dict(pairs("""
        42010522040R000000100 基本工资
        42010522040R000000101 津贴补贴
        42010523040R000000100 在职人员住房补贴
        42010522040R000000103 年终一次性奖金
        42010522040R000000105 机关事业单位基本养老保险
        42010522040R000000106 职业年金缴费
        42010522040R000000107 医疗保险
        42010522040R000000108 公务员医疗补助
        42010522040R000000111 住房公积金
        42010523040R000000102 基础绩效奖
        42010523040R000000103 年度考核奖
        42010522040Y000000100 在职人员公用
        42010522040Y000000102 公务交通补贴
        42010524040Y000000104 不可预见公用经费
        42010522040Y000000103 工会经费
        42010523040T000000101 医保基金监管经费
        42010523040T000000102 政府买岗经费
        42010523040T000000103 医疗救助经费
        42010523040T000000106 医保局业务工作经费
        42010524040T000000100 乡村振兴帮扶专项资金
        42010524040T000000101 驻村工作经费
        42010524040T000000102 行政事业单位缴纳残保金"""))
    # 表10 amounts, in its row order
    project_amounts = pairs("""
        42010522040R000000100 32.89
        42010522040R000000101 26.77
        42010523040R000000100 2.93
        42010522040R000000103 2.74
        42010522040R000000105 14.99
        42010522040R000000106 7.49
        42010522040R000000107 5.27
        42010522040R000000108 10.35
        42010522040R000000111 15.53
        42010523040R000000102 48.40
        42010523040R000000103 20.49
        42010522040Y000000100 7.51
        42010522040Y000000102 5.62
        42010524040Y000000104 7.98
        42010522040Y000000103 1.21
        42010523040T000000101 20.00
        42010523040T000000102 13.40
        42010523040T000000103 612.23
        42010523040T000000106 33.02
        42010524040T000000100 3.00
        42010524040T000000101 2.00
        42010524040T000000102 1.80""")
    ledger = Ledger()
    # 基本支出: 人员经费 from 表5 (项), 表6 (款) and 表10's 人员类 projects; 公用经费 likewise with 运转类 projects
    personnel = allocate(
        pairs("""
            2080505 14.99
            2080506 7.49
            2101101 5.27
            2101103 10.35
            2101501 131.29
            2210201 15.53
            2210202 2.93"""),
        pairs("""
            30101 32.89
            30102 29.70
            30103 71.63
            30108 14.99
            30109 7.49
            30110 5.27
            30111 10.35
            30113 15.53"""),
        [p for p in project_amounts if p[0][11] == "R"])
    operating = allocate(
        [("2101501", "22.32")],
        pairs("""
            30201 0.90
            30202 3.00
            30207 0.50
            30211 0.70
            30213 0.20
            30228 1.91
            30229 8.29
            30239 5.62
            31002 1.20"""),
        [p for p in project_amounts if p[0][11] == "Y"])
    for (function, economic, project), amount in personnel + operating:
        ledger.add("initial", amount, function=function, economic=economic, type="BASIC", project=project)
    # 项目支出: 功能分类 from 表5, 经济分类 and amounts from each 部门项目申报表's 项目支出明细测算
    for function, economic, project, amount in [tuple(x) for x in pairs("""
            2081199 30112 42010524040T000000102 1.80
            2101301 30307 42010523040T000000103 612.23
            2101505 30227 42010523040T000000101 20.00
            2101599 30201 42010523040T000000106 16.58
            2101599 30202 42010523040T000000106 2
            2101599 30207 42010523040T000000106 0.5
            2101599 30211 42010523040T000000106 1.8
            2101599 30229 42010523040T000000106 1.2
            2101599 30228 42010523040T000000106 0.5
            2101599 30226 42010523040T000000106 0.5
            2101599 30227 42010523040T000000106 9.94
            2101599 30226 42010523040T000000102 13.4
            2130599 30399 42010524040T000000100 3
            2130599 30201 42010524040T000000101 0.24
            2130599 30211 42010524040T000000101 1.76""")]:
        ledger.add("initial", yuan(amount), function=function, economic=economic, type="PROJECT", project=project)
    planned = {}
    for key, line in ledger.lines.items():
        planned[key[1]] = planned.get(key[1], D(0)) + line["initial"]
    for function, amount in planned.items():
        ledger.add("initial", amount, flow="INCOME", function=function)

    category = {"R": "PERSONNEL", "Y": "OPERATIONS", "T": "SPECIFIC_PURPOSE"}
    attributes = {
        "project": {code: {"name": name, "category": category[code[11]], "executingUnit": unit}
                    for code, name in names.items()},
        "explanation": {
            # 情况说明 一's two sentences give 收入 and 支出 (both 895.62) one reason each; 收、支预算总额 takes the first
            "yoy:total": {"text": "按照财政要求，压减项目经费支出。"},
            "yoy:general-budget": {"text": "按照财政要求，压减项目经费。"},
            "yoy:income": {"text": "按照财政要求，压减项目经费支出。"},
            "yoy:expenditure": {"text": "按照财政要求，压减项目经费。"},
            "yoy:appropriation": {"text": "按照财政要求，压减项目经费。"},
            "yoy:basic": {"text": "不可预见人员经费减少。"},
            "yoy:procurement": {"text": "审计服务减少。"},
        },
        "statistic": {
            "procurement.goods": {"amount": str(yuan("1.7"))},
            "procurement.works": {"amount": "0.00"},
            "procurement.services": {"amount": str(yuan("10"))},
            "assets.vehicles.total": {"amount": "0"},
            "staff.authorized": {"amount": "6"},
            "staff.actual": {"amount": "6"},
            "staff.retired": {"amount": "0"},
        },
    }

    decl = Declared()
    classes = {"208": "24.28", "210": "847.88", "213": "5.00", "221": "18.46"}
    g = decl.group("BA01", "表1 收支总表", whole=True)
    for s in ["GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET", "STATE_CAPITAL_OPERATION_BUDGET",
              "FISCAL_SPECIAL_ACCOUNT", "PUBLIC_SERVICE_REVENUE", "BUSINESS_REVENUE", "SUPERIOR_SUBSIDY",
              "SUBSIDIARY_REMITTANCE", "OTHER_REVENUE"]:
        g.cell(s, "total", "895.62" if s == "GENERAL_PUBLIC_BUDGET" else None)
    g.cell("name=本年收入合计", "total", "895.62").cell("name=上年结转结余", "total", None)
    g.cell("level=INCOME_GRAND_TOTAL", "total", "895.62")
    for code in ["201", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216", "217",
                 "219", "220", "221", "222", "223", "224", "229", "231", "232", "233"]:
        g.cell(code, "total", classes.get(code))
    g.cell("name=本年支出合计", "total", "895.62").cell("name=年终结转结余", "total", None).cell("total", "total", "895.62")
    # 表2 prints its rows by unit (合计, 040, 040001), not by 功能分类: only its 合计 row is a derived row
    decl.group("BA02", "表2 收入总表 合计行").row("total", ["total", "GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET",
        "STATE_CAPITAL_OPERATION_BUDGET", "FISCAL_SPECIAL_ACCOUNT", "PUBLIC_SERVICE_REVENUE", "BUSINESS_REVENUE",
        "SUPERIOR_SUBSIDY", "SUBSIDIARY_REMITTANCE", "OTHER_REVENUE"], ["895.62", "895.62"] + [None] * 8)
    ba03 = rows("""
        total 895.62 210.17 685.45
        208 24.28 22.48 1.80
        20805 22.48 22.48 -
        2080505 14.99 14.99 -
        2080506 7.49 7.49 -
        20811 1.80 - 1.80
        2081199 1.80 - 1.80
        210 847.88 169.22 678.65
        21011 15.62 15.62 -
        2101101 5.27 5.27 -
        2101103 10.35 10.35 -
        21013 612.23 - 612.23
        2101301 612.23 - 612.23
        21015 220.03 153.61 66.42
        2101501 153.61 153.61 -
        2101505 20.00 - 20.00
        2101599 46.42 - 46.42
        213 5.00 - 5.00
        21305 5.00 - 5.00
        2130599 5.00 - 5.00
        221 18.46 18.46 -
        22102 18.46 18.46 -
        2210201 15.53 15.53 -
        2210202 2.93 2.93 -""")
    g = decl.group("BA03", "表3 支出总表", whole=True)
    for code, values in ba03:
        g.row(code, ["total", "basic", "project", "business", "remittance", "subsidy"], values + [None] * 3)
    g = decl.group("BA04", "表4 财政拨款收支总表", whole=True)
    for s in APPROPRIATION:
        g.cell(s, "total", "895.62" if s == "GENERAL_PUBLIC_BUDGET" else None)
    g.cell("name=本年收入合计", "total", "895.62").cell("name=上年结转结余", "total", None)
    g.cell("level=INCOME_GRAND_TOTAL", "total", "895.62")
    for code in ["201", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215", "216", "217",
                 "219", "220", "221", "222", "223", "224", "229", "231", "232", "233"]:
        g.cell(code, "total", classes.get(code))
    g.cell("name=本年支出合计", "total", "895.62").cell("name=年终结转结余", "total", None).cell("total", "total", "895.62")
    g = decl.group("BA05", "表5 一般公共预算支出表", whole=True)
    for code, values in rows("""
            total 895.62 210.17 187.85 22.32 685.45
            208 24.28 22.48 22.48 - 1.80
            20805 22.48 22.48 22.48 - -
            2080505 14.99 14.99 14.99 - -
            2080506 7.49 7.49 7.49 - -
            20811 1.80 - - - 1.80
            2081199 1.80 - - - 1.80
            210 847.88 169.23 146.91 22.32 678.65
            21011 15.62 15.62 15.62 - -
            2101101 5.27 5.27 5.27 - -
            2101103 10.35 10.35 10.35 - -
            21013 612.23 - - - 612.23
            2101301 612.23 - - - 612.23
            21015 220.03 153.61 131.29 22.32 66.42
            2101501 153.61 153.61 131.29 22.32 -
            2101505 20.00 - - - 20.00
            2101599 46.42 - - - 46.42
            213 5.00 - - - 5.00
            21305 5.00 - - - 5.00
            2130599 5.00 - - - 5.00
            221 18.46 18.46 18.46 - -
            22102 18.46 18.46 18.46 - -
            2210201 15.53 15.53 15.53 - -
            2210202 2.93 2.93 2.93 - -"""):
        g.row(code, ["total", "basic", "personnel", "operating", "project"], values)
    g = decl.group("BA06", "表6 一般公共预算基本支出表", whole=True)
    for code, values in rows("""
            total 210.17 187.85 22.32
            301 187.85 187.85 -
            30101 32.89 32.89 -
            30102 29.70 29.70 -
            30103 71.63 71.63 -
            30108 14.99 14.99 -
            30109 7.49 7.49 -
            30110 5.27 5.27 -
            30111 10.35 10.35 -
            30113 15.53 15.53 -
            302 21.12 - 21.12
            30201 0.90 - 0.90
            30202 3.00 - 3.00
            30207 0.50 - 0.50
            30211 0.70 - 0.70
            30213 0.20 - 0.20
            30228 1.91 - 1.91
            30229 8.29 - 8.29
            30239 5.62 - 5.62
            310 1.20 - 1.20
            31002 1.20 - 1.20"""):
        g.row(code, ["amount", "personnel", "operating"], values)
    decl.group("BA07", "表7 一般公共预算“三公”经费支出表", whole=True).row(
        "total", ["budget." + c for c in THREE_PUBLIC], [None] * 6)
    decl.group("BA08", "表8 政府性基金预算支出表", whole=True).row("total", FA05_COLUMNS, [None] * 3)
    decl.group("BA09", "表9 国有资本经营预算支出表", whole=True).row("total", FA05_COLUMNS, [None] * 3)
    g = decl.group("BA10", "表10 项目支出表", whole=True)
    sources = ["total", "GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET", "STATE_CAPITAL_OPERATION_BUDGET",
               "FISCAL_SPECIAL_ACCOUNT", "UNIT_FUNDS"]
    g.row("total", sources, ["895.62", "895.62"] + [None] * 4)
    g.row("1", sources, ["187.85", "187.85"] + [None] * 4)
    g.row("2", sources, ["22.32", "22.32"] + [None] * 4)
    g.row("3", sources, ["685.45", "685.45"] + [None] * 4)
    for code, amount in project_amounts:
        g.row(code, sources, [amount, amount] + [None] * 4)

    decl.group("BA01", "情况说明 一").cell("name=本年收入合计", "total", "895.62").cell(
        "GENERAL_PUBLIC_BUDGET", "total", "895.62").cell("name=本年支出合计", "total", "895.62")
    decl.group("BA03", "情况说明 一").row("total", ["total", "basic", "project"], ["895.62", "210.17", "685.45"])
    decl.group("BA04", "情况说明 二").cell("level=INCOME_GRAND_TOTAL", "total", "895.62").cell(
        "GENERAL_PUBLIC_BUDGET", "total", "895.62")
    g = decl.group("BA05", "情况说明 三")
    g.row("total", ["total", "basic", "project"], ["895.62", "210.17", "685.45"])
    for code, amount in pairs("""
            2081199 1.8
            2101301 612.23
            2101505 20.00
            2101599 46.42
            2130599 5"""):
        g.cell(code, "total", amount)
    decl.group("BA06", "情况说明 四").row("total", ["amount", "personnel", "operating"], ["210.17", "187.85", "22.32"]).cell(
        "301", "amount", "187.85")
    decl.group("BA07", "情况说明 五").row("total", ["budget." + c for c in THREE_PUBLIC], [None] * 6)
    decl.group("BA07", "情况说明 八(一)").cell("total", "budget.agencyOperating", "22.32")

    findings = [
        finding("DECL-01", "BA03:row[code=210]:basic (表3 支出总表)", "169.23", "169.22",
                "README §7 (001): 卫生健康支出 基本支出 is 169.22 in 表3 and 169.23 in 表5; its 项 rows add to 169.23"),
    ]
    department = {"code": "WHHY040001", "name": unit, "unitType": "ADMINISTRATIVE",
                  "parent": {"code": "WHHY040", "name": "武汉市汉阳区医疗保障局", "unitType": "ADMINISTRATIVE"}}
    write("WHHY040001-2024", department, ledger, attributes, decl, findings)


# ---------------------------------------------------------------------------------------------------------------
# Shanghai Putuo 2024 决算: the same nine-table layout (表7 is the "三公", 表8/表9 the funds), read from the
# source.expected.json beside each dataset
# ---------------------------------------------------------------------------------------------------------------

INCOME_LABELS = [("一般公共预算", "GENERAL_PUBLIC_BUDGET"), ("政府性基金", "GOVERNMENT_FUND_BUDGET"),
                 ("国有资本经营", "STATE_CAPITAL_OPERATION_BUDGET"), ("上级补助", "SUPERIOR_SUBSIDY"),
                 ("事业收入", "PUBLIC_SERVICE_REVENUE"), ("经营收入", "BUSINESS_REVENUE"),
                 ("附属单位", "SUBSIDIARY_REMITTANCE"), ("其他收入", "OTHER_REVENUE")]
FA02_COLUMNS = {"本年收入合计": "total", "财政拨款收入": "appropriation", "上级补助收入": "superiorSubsidy",
                "事业收入": "publicService", "经营收入": "business", "附属单位上缴收入": "subsidiary",
                "其他收入": "other"}
FA03_NAMES = {"本年支出合计": "total", "基本支出": "basic", "项目支出": "project", "上缴上级支出": "remittance",
              "经营支出": "business", "对附属单位补助支出": "subsidy"}


def source_of(label):
    return next(s for key, s in INCOME_LABELS if key in label)


def three_public_column(label):
    for key, column in [("合计", "total"), ("出国", "overseasTravel"), ("小计", "vehicles"),
                        ("购置费", "vehiclePurchase"), ("运行", "vehicleOperation"), ("接待", "reception")]:
        if key in label:
            return column
    raise KeyError(label)


def load_source(folder):
    with open(os.path.join(ROOT, folder, "source.expected.json"), encoding="utf-8") as f:
        return json.load(f)


CZJ_326 = ("社会保障和就业支出 is 326.71 in 表1 and 表4 but its 项 rows (表2, 表3, 表5) add to 326.72; the totals "
           "printed beside it (本年收入/支出合计 2,946.25 / 2,940.05, 总计 2,995.39, 财政拨款总计 2,961.68) carry the "
           "same 0.01 (source.expected.json self_contradictions: 326.71/326.72, 表2 合计, 表3/表5 合计)")
CZJ_BASIC = ("基本支出 合计 is printed 2,336.91 (表3, 表5, 情况说明 六) where its 项 rows add to 2,336.92 "
             "(self_contradictions: 表3/表5 合计)")
GH_12 = ("表5 2120101 基本支出 1,084.02: 表3 − 表5 is then 12.89 in 基本支出 but 12.88 in 本年支出合计, and 表5's own "
         "合计 1,092.80 = 8.77 + 1,084.03; facts take 1,084.03 (self_contradictions: 表5 基本+项目≠合计, 12.88 vs 12.89)")
SFJ_ROUNDING = ("not a contradiction of the document: its tables print exact 元, its 编制说明 and 表9 round each 元 "
                "total to 万元 on its own, while the platform adds facts rounded once (docs/rounding.md); the facts "
                "behind this figure round up or down by a few 元 each (e.g. 30231 99,750 元 → 9.98). In 元 every cell "
                "is equal")
WHY = {
    "SHPTSFJ-2026": [
        (r"BA05:row\[code=2210201\]:total \(编制说明 各项（2026年预算安排）\)", "208.80", "201.50",
         "item 12 (住房公积金) headlines 208.8 万元 (表2/3/5: 2,087,959 元) but its sentence says “2026年预算安排201.50万元” "
         "(source.expected.json self_contradictions, major)"),
        (r"BA01:|BA05:total", None, "9628.22", SFJ_ROUNDING + "; 96,282,213.44 元 is 9,628.22 万元 exactly rounded, "
         "while the income facts (13) add to 9,628.21 and the expenditure facts (33) to 9,628.23"),
        (r"BA05:row\[code=2040601\]", "1672.69", "1672.67", SFJ_ROUNDING + "; 行政运行's 20 facts round up by 0.02 in "
         "all (16,726,725.44 元)"),
        (r"agencyOperating", "217.85", "217.83", SFJ_ROUNDING + "; 机关运行经费 = the 16 公用经费 款 of 表8, each a fact: "
         "they add to 217.85 rounded one by one, 217.83 as a 元 total (2,178,324.44), while 表9's “三公” 10.81 = "
         "0.83 + 9.98 is itself a sum of rounded parts (exact 10.80)"),
    ],
    "SHPTCZJ-2024": [
        (None, "326.72", "326.71", CZJ_326), (None, "2940.06", "2940.05", CZJ_326),
        (None, "2946.26", "2946.25", CZJ_326), (None, "2995.40", "2995.39", CZJ_326),
        (None, "2961.69", "2961.68", CZJ_326), (None, "2336.92", "2336.91", CZJ_BASIC),
        (r"FA04:row\[level=INCOME_GRAND_TOTAL\]:total \(情况说明 四\)", "2961.69", "0.30",
         "情况说明 四 gives 财政拨款收入支出总计 as 0.3 万元 (and “持平”); 表4 prints 2,961.68 (self_contradictions, major)"),
        (r"FA06:row\[code=301\]", "2082.86", "2082.85",
         "301 工资福利支出 is printed 2,082.85; its 款 add to 2,082.86 (self_contradictions: 表6 301)"),
        (r"FA06:row\[code=30299\]", "11.51", "11.53",
         "302 商品和服务支出 is printed 171.07 but its 款 add to 171.09 (self_contradictions: 表6 302); the facts keep "
         "the printed 302 and 项 rows, so one 款 (30299, chosen) is 2 cents under its printed figure"),
        (r"人员经费合计", "2152.27", "2152.26",
         "人员经费合计 2,152.26 adds the printed 301 2,082.85 and 303 69.41; the 款 give 2,152.27 (表6 301)"),
        (r"FA10:total:initial", "2993.93", "2993.92",
         "the 11 项' 年初预算 add to 2,993.93; 情况说明 五(三) prints 2,993.92 (self_contradictions: 五(三) items)"),
    ],
    "SHPTGHZYJ-2024": [
        (r"code=210\]", "236.64", "236.63",
         "卫生健康支出 is 236.63 in 表1, 表4 and 情况说明 五 but 236.64 (= 40.35 + 196.29) in 表2, 表3, 表5 "
         "(self_contradictions: 236.63/3845.25; 表4 class rows add to 9,746.49)"),
        (r"code=212\]:total", "3845.24", "3845.25",
         "城乡社区支出 is 3,845.25 in 表1 but 3,845.24 (= 1,105.68 + 2,739.56) in 表3 (self_contradictions)"),
        (r"FA05:row\[code=(212|21201|2120101)\]:basic", None, None, GH_12),
        (r"FA05:total:basic", "5364.76", "5364.75", GH_12),
        (r"FA06:total:amount \(情况说明 六\)", "5364.76", "5377.64",
         "情况说明 六 gives 一般公共预算财政拨款基本支出 as 5,377.64, the all-funds 基本支出 of 表3 (self_contradictions, "
         "major)"),
        (r"人员经费合计\]:amount \(情况说明 六\)", "4884.10", "4896.98",
         "情况说明 六 gives 人员经费 4,896.98: the all-funds figure, 12.89 too high (self_contradictions, major)"),
        (r"人员经费合计\]:amount \(表6", "4884.10", "4884.09",
         "人员经费合计 is printed 4,884.09 but 301 4,816.14 + 303 67.96 = 4,884.10 (self_contradictions: 表6)"),
        (r"FA06:row\[code=30299\]", "28.88", "28.86",
         "302 商品和服务支出 is printed 440.90 (and 公用经费合计 480.66 with it) but its 款 add to 440.88 "
         "(self_contradictions: 表6); the facts keep the printed 302, so one 款 (30299, chosen) is 2 cents over"),
        (r"FA10:total:initial", "10210.33", "10210.34",
         "the 13 项' 年初预算 add to 10,210.33; 情况说明 五(三) prints 10,210.34 (self_contradictions: 95.45%)"),
    ],
    "SHPTSGB-2024": [
        (r"^支出功能分类 (2013999|2210203)$", None, "missing",
         "the department was set up in 2024: its 年初预算 is 0 and 情况说明 五(三) explains only the 项 whose 决算 differs "
         "from the 全年预算, while calling 307.82 / 321.02 “完成年初预算的 95.89%” (self_contradictions, major)"),
        (r"(302\]|公用经费合计\]|agencyOperating)", "10.22", "10.23",
         "302 商品和服务支出, 公用经费合计 and 机关运行经费 are printed 10.23 but the 款 add to 10.22, and 人员经费合计 "
         "95.36 + 10.23 = 105.59 against 基本支出 105.58 in 表3, 表5 and 情况说明 (self_contradictions: 表6)"),
    ],
}


def putuo_final(folder, department, reasons, adjust, non_fiscal_basic=None, project_prefix=None,
                full_year=False, agency_operating=True, explanations=None):
    """
    adjust(basic_by_function, basic_by_economic) repairs the marginals where the document contradicts itself, so
    that one set of facts stands behind every table (the printed cells it overrides become findings).
    non_fiscal_basic: {项: 万元} of 基本支出 paid from non-fiscal carry-over (表3 minus 表5).
    full_year: the narrative's per-项 budget is 全年预算 (年初预算 0), as for a department set up during the year.
    explanations: {subject: text} of the other 主要原因 the narrative gives (与上年相比, "三公") and its 预算绩效 text.
    """
    doc = load_source(folder)
    t = doc["tables"]
    n = doc["narrative"]
    code = department["code"]
    fa05 = t["05_general_budget_expenditure"]["rows"]
    basic_by_function = [(r["code"], r.get("基本支出") or "0") for r in fa05 if len(r["code"]) == 7]
    project_by_function = [(r["code"], r.get("项目支出") or "0") for r in fa05 if len(r["code"]) == 7
                           and wan(r.get("项目支出") or "0") != 0]
    t06 = t["06_basic_expenditure_detail"]
    basic_by_economic = [(r["code"], r["amount"] or "0") for r in t06["left_rows"] + t06["right_rows"]
                         if len(r["code"]) == 5]
    adjust(basic_by_function, basic_by_economic)

    ledger = Ledger()
    for (function, economic), amount in allocate(basic_by_function, basic_by_economic):
        ledger.add("final", amount, function=function, economic=economic, type="BASIC")
    names = {r["code"]: r["name"] for r in fa05}
    projects = {}
    for k, (function, amount) in enumerate(project_by_function, start=1):
        project = "%sP%02d" % (project_prefix or code, k)
        projects[project] = {"name": names[function] + "项目支出（项目明细未公开）", "category": "SPECIFIC_PURPOSE"}
        # the document prints no project list and no 经济分类 of project spending
        ledger.add("final", yuan(amount), function=function, economic="30227", type="PROJECT", project=project)
    for function, amount in (non_fiscal_basic or {}).items():
        ledger.add("final", yuan(amount), function=function, economic="30299", source="OTHER_REVENUE", type="BASIC")

    # 年初预算 (or 全年预算) per 项: the "三公" 预算数 on its own lines first, the rest on the 项's first line
    measure = "adjusted" if full_year else "initial"
    budget = {it["code"]: wan(it["full_year_budget" if full_year else "initial_budget"]) for it in n["by_item"]}
    t07 = t["07_three_public"]
    for label, amount in t07.get("budget", {}).items():
        column = three_public_column(label)
        economic = {"overseasTravel": "30212", "vehiclePurchase": "31013", "vehicleOperation": "30231",
                    "reception": "30217"}.get(column)
        if economic is None or wan(amount) == 0:
            continue
        keys = ledger.lines_of(economic=economic, type="BASIC", source="GENERAL_PUBLIC_BUDGET")
        function = keys[0][1] if keys else max(budget, key=lambda c: budget[c])
        ledger.add(measure, yuan(amount), function=function, economic=economic, type="BASIC")
        budget[function] -= wan(amount)
    three_public_codes = {"30212", "31013", "30231", "30217"}
    for function, amount in budget.items():
        key = sorted(k for k in ledger.lines_of(function=function, source="GENERAL_PUBLIC_BUDGET")
                     if k[2] not in three_public_codes)[0]
        ledger.add(measure, yuan(amount), function=key[1], economic=key[2], type=key[4], project=key[5] or None)

    for r in t["02_income"]["rows"]:
        if len(r["code"]) == 7:
            if r.get("财政拨款收入"):
                ledger.add("final", yuan(r["财政拨款收入"]), flow="INCOME", function=r["code"])
            if r.get("其他收入"):
                ledger.add("final", yuan(r["其他收入"]), flow="INCOME", function=r["code"], source="OTHER_REVENUE")
    t01 = t["01_income_expenditure_summary"]
    t04 = t["04_fiscal_appropriation_summary"]
    fiscal_opening = wan((t04.get("年初财政拨款结转和结余") or {}).get("合计") or "0")
    fiscal_closing = wan((t04.get("年末财政拨款结转和结余") or {}).get("合计") or "0")
    for flow, total, fiscal in [("OPENING_BALANCE", t01["年初结转和结余"], fiscal_opening),
                                ("CLOSING_BALANCE", t01["年末结转和结余"], fiscal_closing)]:
        if fiscal:
            ledger.add("final", yuan(fiscal), flow=flow)
        if total and wan(total) - fiscal:
            ledger.add("final", yuan(wan(total) - fiscal), flow=flow, source="OTHER_REVENUE")

    decl = Declared()
    income = {source_of(label): amount for label, amount in t01["income"].items()}
    g = decl.group("FA01", "表1 收入支出决算总表", whole=True)
    for s in FA_INCOME_SOURCES:
        g.cell(s, "total", income.get(s))
    g.cell("name=本年收入合计", "total", t01["本年收入合计"])
    g.cell("name=使用非财政拨款结余（含专用结余）", "total",
           t01.get("使用非财政拨款结余") or t01.get("使用非财政拨款结余（含专用结余）"))
    g.cell("name=年初结转和结余", "total", t01["年初结转和结余"])
    g.cell("level=INCOME_GRAND_TOTAL", "total", t01["总计_收入"])
    classes = {r["code"]: r["amount"] for r in t01["expenditure_by_class"]}
    for c in CLASS_CODES.values():
        g.cell(c, "total", classes.get(c))
    g.cell("name=本年支出合计", "total", t01["本年支出合计"])
    g.cell("name=结余分配", "total", t01["结余分配"])
    g.cell("name=年末结转和结余", "total", t01["年末结转和结余"])
    g.cell("total", "total", t01["总计_支出"])

    g = decl.group("FA02", "表2 收入决算表", whole=True)
    for r in t["02_income"]["rows"]:
        for label, column in FA02_COLUMNS.items():
            g.cell(r["code"] or "total", column, r.get(label))
    g = decl.group("FA03", "表3 支出决算表", whole=True)
    for r in t["03_expenditure"]["rows"]:
        for label, column in FA03_NAMES.items():
            g.cell(r["code"] or "total", column, r.get(label))

    g = decl.group("FA04", "表4 财政拨款收入支出决算总表", whole=True)
    fiscal_income = {source_of(label): amount for label, amount in t04["income"].items()}
    for s in APPROPRIATION:
        g.cell(s, "total", fiscal_income.get(s))
    g.cell("name=本年收入合计", "total", t04["本年收入合计"])
    g.row("name=年初财政拨款结转和结余", ["total", "GENERAL_PUBLIC_BUDGET"],
          [(t04.get("年初财政拨款结转和结余") or {}).get(k) for k in ("合计", "一、一般公共预算财政拨款")])
    g.cell("level=INCOME_GRAND_TOTAL", "total", t04["总计_收入"])
    rows04 = {r["code"]: r for r in t04["expenditure_by_class"]}
    for c in CLASS_CODES.values():
        r = rows04.get(c, {})
        g.row(c, ["total", "GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET", "STATE_CAPITAL_OPERATION_BUDGET"],
              [r.get("合计"), r.get("一般公共预算财政拨款"), None, None])
    for key, row in [("本年支出合计", "name=本年支出合计"), ("年末财政拨款结转和结余", "name=年末财政拨款结转和结余"),
                     ("总计_支出", "total")]:
        values = t04.get(key) or {}
        g.row(row, ["total", "GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET", "STATE_CAPITAL_OPERATION_BUDGET"],
              [values.get("合计"), values.get("一般公共预算财政拨款"), None, None])

    g = decl.group("FA05", "表5 一般公共预算财政拨款支出决算表", whole=True)
    for r in fa05:
        g.row(r["code"] or "total", FA05_COLUMNS, [r.get("合计"), r.get("基本支出"), r.get("项目支出")])
    g = decl.group("FA06", "表6 一般公共预算财政拨款基本支出决算明细表", whole=True)
    for r in t06["left_rows"] + t06["right_rows"]:
        g.cell(r["code"], "amount", r["amount"])
    g.cell("name=人员经费合计", "amount", t06["人员经费合计"])
    g.cell("name=公用经费合计", "amount", t06["公用经费合计"])
    g = decl.group("FA09", "表7 财政拨款“三公”经费支出决算表", whole=True)
    for prefix, key in [("budget", "budget"), ("final", "actual")]:
        printed = {three_public_column(label): v for label, v in t07.get(key, {}).items()}
        for column in THREE_PUBLIC:
            g.cell("total", prefix + "." + column, printed.get(column))
    decl.group("FA07", "表8 政府性基金预算财政拨款收入支出决算表", whole=True).row(
        "total", ["opening", "income", "total", "basic", "project", "closing"], [None] * 6)
    decl.group("FA08", "表9 国有资本经营预算财政拨款支出决算表", whole=True).row("total", FA05_COLUMNS, [None] * 3)

    # 情况说明
    decl.group("FA01", "情况说明 一").cell("level=INCOME_GRAND_TOTAL", "total", n["total"]).cell(
        "total", "total", n["total"])
    g = decl.group("FA01", "情况说明 二").cell("name=本年收入合计", "total", n["income_total"]).cell(
        "GENERAL_PUBLIC_BUDGET", "total", n["fiscal_income"])
    if "other_income" in n:
        g.cell("OTHER_REVENUE", "total", n["other_income"])
    decl.group("FA03", "情况说明 三").row("total", ["total", "basic", "project"],
                                        [n["expenditure_total"], n["basic_expenditure"], n["project_expenditure"]])
    decl.group("FA04", "情况说明 四").cell("level=INCOME_GRAND_TOTAL", "total",
                                         n.get("fiscal_total_as_printed") or n["fiscal_total"])
    g = decl.group("FA05", "情况说明 五(一)(二)").cell("total", "total", n["general_budget_expenditure"])
    for share in n.get("class_shares", []):
        g.cell(share["code"], "total", share["amount"])
    g = decl.group("FA10", "情况说明 五(三)")
    if full_year:
        g.row("total", ["initial", "fullYear", "final"],
              [n["initial_budget_total"], n["full_year_budget_total"], n["actual"]])
        for it in n["by_item"]:
            g.row(it["code"], ["initial", "fullYear", "final"], ["0", it["full_year_budget"], it["actual"]])
    else:
        g.row("total", ["initial", "final"], [n["initial_budget_total"], n["actual_vs_initial_budget"]])
        for it in n["by_item"]:
            g.row(it["code"], ["initial", "final"], [it["initial_budget"], it["actual"]])
    decl.group("FA06", "情况说明 六").cell(
        "total", "amount", n.get("basic_expenditure_general_budget") or n.get("basic_expenditure_in_text")).cell(
        "name=人员经费合计", "amount", n["personnel"]).cell("name=公用经费合计", "amount", n["public"])
    tp = n["three_public"]
    g = decl.group("FA09", "情况说明 九")
    for key, column in [("budget_total", "budget.total"), ("actual_total", "final.total"),
                        ("total", "final.total"), ("overseas_actual", "final.overseasTravel"),
                        ("vehicle_actual", "final.vehicles"), ("vehicle_purchase_actual", "final.vehiclePurchase"),
                        ("vehicle_operation_actual", "final.vehicleOperation"), ("reception_actual", "final.reception")]:
        if key in tp:
            g.cell("total", column, tp[key])
    if agency_operating:
        decl.group("FA09", "情况说明 十(一)").cell("total", "final.agencyOperating", n["office_running_cost"])

    p = n["procurement"]
    statistics = {
        "procurement.goods": {"amount": str(yuan(p["goods"]))},
        "procurement.works": {"amount": str(yuan(p["works"]))},
        "procurement.services": {"amount": str(yuan(p["services"]))},
        "assets.vehicles.total": {"amount": str(n["vehicles"]["total"])},
        "assets.equipment-over-1m": {"amount": n["equipment_over_1m"].split("台")[0]},
    }
    for key, stat in [("reception_batches", "reception.domestic.batches"),
                      ("reception_persons", "reception.domestic.persons"), ("vehicles_held", "vehicles.held")]:
        if key in tp:
            statistics[stat] = {"amount": str(tp[key])}
    attributes = {
        "project": projects,
        "explanation": dict({"variance:FINAL_ACCOUNT:" + c: {"text": text} for c, text in reasons.items()},
                            **{subject: {"text": text} for subject, text in (explanations or {}).items()}),
        "statistic": statistics,
    }
    write(folder, department, ledger, attributes, decl, explain(folder, WHY.get(folder, [])))


def shift(marginal, code, delta):
    """Moves one marginal entry by delta 万元 (where the document's own rows disagree with its total)."""
    for i, (c, amount) in enumerate(marginal):
        if c == code:
            marginal[i] = (c, str(wan(amount) + wan(delta)))
            return
    raise KeyError(code)


def caizhengju():
    def adjust(by_function, by_economic):
        # 表6's 款 rows add up to 2,336.94 while 表5's 项 rows add up to 2,336.92 (and its 合计 prints 2,336.91):
        # facts keep the 项 rows; 301's items (2,082.86, printed 2,082.85) stay, 30299 gives up the 2 cents so that
        # 302 is the printed 171.07
        shift(by_economic, "30299", "-0.02")
    putuo_final("SHPTCZJ-2024", {"code": "SHPTCZJ", "name": "上海市普陀区财政局", "unitType": "ADMINISTRATIVE"}, {
        "2010601": "人员进出及退休变化，减少人员经费开支。",
        "2010607": "因产业政策扶持资金管理系统项目进度，调减相关经费。",
        "2010608": "因个别项目评审费未能实施或未来得及支付完毕，于明年重新申请。",
        "2080501": "预算按充分保障预估，实际执行基本贴合预期。",
        "2080505": "预算按充分保障预估，实际执行基本贴合预期。",
        "2080506": "预算按周全保障测算，实际执行基本贴合预期。",
        "2101101": "预算按周全保障测算，实际执行基本贴合预期。",
        "2210201": "预算按周全保障测算，实际执行基本贴合预期。",
    }, adjust, explanations={
        # 情况说明 一, 四 and 五(一) give one reason; 四's "0.3 万元 … 持平" is the document's contradiction (README)
        "yoy:total": "基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
        "yoy:appropriation": "基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
        "yoy:general-budget": "基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
        # 七: the reason for the "三公" total (not for each category)
        "variance:three-public": "当年度无“三公”经费支出。",
        # 十一(一): 机关运行经费 against 2023
        "yoy:agency-operating": "优化办公环境、提升照明效率，更换了老旧照明设施，导致相关支出略有增加。",
        "note:performance": texts.CAIZHENGJU["note:performance"],
    })


def guihuaziyuan():
    def adjust(by_function, by_economic):
        # 表3 (all funds) − 表5 (fiscal) is 12.88 in 本年支出合计 but 12.89 in 基本支出; 表1's carry-over drawdown is
        # 12.88 and 表5's own 合计 1,092.80 = 8.77 + 1,084.03: facts take 1,084.03 for 2120101's fiscal 基本支出
        shift(by_function, "2120101", "0.01")
        # then 基本支出 is 5,364.76 = 表6's 301 4,816.14 + 303 67.96 + 302 440.90 + 310 39.76; 302's items add to
        # only 440.88: 30299 takes the 2 cents
        shift(by_economic, "30299", "0.02")
    putuo_final("SHPTGHZYJ-2024", {"code": "SHPTGHZYJ", "name": "上海市普陀区规划和自然资源局",
                                   "unitType": "ADMINISTRATIVE"}, {
        "2080505": "机构改革人员变动，年中社会保险缴费基数变更等因素综合导致。",
        "2080506": "年中社会保险缴费基数变更导致。",
        "2101101": "医疗保险基数变更，医疗保险单位部分降低，导致支出减少。",
        "2101102": "年中社会保险缴费基数变更导致。",
        "2120101": "严格贯彻控制机关运行成本相关规定，勤俭节约，合理支出人员及公用经费。",
        "2120201": "部分项目支出未完成，规划服务商务单元更新提升方案年末政府采购流程未及时完毕致使项目进度拖延。",
        "2200150": "严格贯彻控制机关运行成本相关规定，勤俭节约，合理支出人员及公用经费。",
    }, adjust, non_fiscal_basic={"2120101": "12.88"}, project_prefix="SHPTGH",
        # 机关运行经费 142.80 is the 公用经费 of the department's 行政 units only; a department-year ledger has one
        # unit type, so the figure is not declared (README)
        agency_operating=False, explanations={
            # 情况说明 一, 四 and 五(一) give one reason
            "yoy:total": "项目支出增加，较上一度增加1133.95万元，主要由于上海市普陀区自然资源确权登记事务中心办公大楼装修等。",
            "yoy:appropriation": "项目支出增加，较上一度增加1133.95万元，主要由于上海市普陀区自然资源确权登记事务中心办公大楼装修等。",
            "yoy:general-budget": "项目支出增加，较上一度增加1133.95万元，主要由于上海市普陀区自然资源确权登记事务中心办公大楼装修等。",
            # 七: the reason for the "三公" total against its budget, and for 公务接待费 against 2023
            "variance:three-public": "严格落实中央八项规定，控制“三公”经费支出。",
            "yoy:three-public:reception": "严格落实中央八项规定，控制“三公”经费支出。",
            # the whole 0.15 万元 decrease of the total is 公务接待费's, whose reason is given
            "yoy:three-public": "严格落实中央八项规定，控制“三公”经费支出。",
            "note:performance": texts.GUIHUAZIYUAN["note:performance"],
        })


def shegongbu():
    putuo_final("SHPTSGB-2024", {"code": "SHPTSGB", "name": "中共上海市普陀区委社会工作部",
                                 "unitType": "ADMINISTRATIVE"}, {
        "2013901": "人员变动引起实际支出低于预算。",
        "2013950": "单位2024年新成立，人员变动，按实际支出。",
        "2080505": "单位2024年新成立，人员变动，按实际支出。",
        "2080506": "单位2024年新成立，人员变动，按实际支出。",
        "2101101": "单位2024年新成立，人员变动，按实际支出。",
        "2101102": "单位2024年新成立，人员变动，按实际支出。",
        "2210201": "单位2024年新成立，人员变动，按实际支出。",
    }, lambda f, e: None, full_year=True, explanations={
        # 情况说明 一, 四 and 五(一) give one reason
        "yoy:total": "单位于2024年成立。",
        "yoy:appropriation": "单位于2024年成立。",
        "yoy:general-budget": "单位于2024年成立。",
        # 十一(一): 机关运行经费 against 2023
        "yoy:agency-operating": "单位于2024年成立。",
        "note:performance": texts.SHEGONGBU["note:performance"],
    })


# ---------------------------------------------------------------------------------------------------------------
# Shanghai Putuo: 上海市普陀区司法局 2026 年部门预算, tables printed in 元 (the "三公" one in 万元)
# ---------------------------------------------------------------------------------------------------------------

def sifaju():
    folder = "SHPTSFJ-2026"
    doc = load_source(folder)
    t = doc["tables"]
    n = doc["narrative"]

    def w(yuan_text):
        """元 as printed → the 万元 text the helpers take (exact, more than two decimals)."""
        return str(D(yuan_text) / 10000)

    fa05 = t["05_general_budget_expenditure_by_function"]["rows"]
    basic_by_function = [(r["code"], w(r["基本支出"])) for r in fa05 if len(r["code"]) == 7]
    project_by_function = [(r["code"], r["项目支出"]) for r in fa05 if len(r["code"]) == 7 and D(r["项目支出"])]
    t08 = t["08_basic_expenditure_economic"]["rows"]
    basic_by_economic = [(r["code"], w(r["合计"])) for r in t08 if len(r["code"]) == 5]
    ledger = Ledger()
    for (function, economic), amount in allocate(basic_by_function, basic_by_economic):
        ledger.add("initial", amount, function=function, economic=economic, type="BASIC")
    names = {r["code"]: r["name"] for r in fa05}
    projects = {}
    for k, (function, amount) in enumerate(project_by_function, start=1):
        project = "SHPTSFJP%02d" % k
        projects[project] = {"name": names[function] + "项目支出（项目明细未公开）", "category": "SPECIFIC_PURPOSE"}
        ledger.add("initial", D(amount), function=function, economic="30227", type="PROJECT", project=project)
    for r in t["02_income_budget"]["rows"]:
        if len(r["code"]) == 7:
            ledger.add("initial", D(r["财政拨款收入"]), flow="INCOME", function=r["code"])

    decl = Declared()
    t01 = t["01_financial_revenue_expenditure_summary"]
    # this layout prints 收入总计 and 支出总计 only: no 本年收入合计 / 本年支出合计 rows
    g = decl.group("BA01", "表1 部门财务收支预算总表", whole=True, unit="YUAN",
                   unprinted=["name=本年收入合计", "name=本年支出合计"])
    for label, s in [("1. 一般公共预算", "GENERAL_PUBLIC_BUDGET"), ("2. 政府性基金预算", "GOVERNMENT_FUND_BUDGET"),
                     ("3. 国有资本经营预算", "STATE_CAPITAL_OPERATION_BUDGET"), ("二、事业收入", "PUBLIC_SERVICE_REVENUE"),
                     ("三、事业单位经营收入", "BUSINESS_REVENUE"), ("四、其他收入", "OTHER_REVENUE")]:
        g.cell(s, "total", t01["income"][label])
    g.cell("level=INCOME_GRAND_TOTAL", "total", t01["收入总计"])
    for r in t01["expenditure"]:
        g.cell(r["code"], "total", r["amount"])
    g.cell("total", "total", t01["支出总计"])
    g = decl.group("BA02", "表2 部门收入预算总表", whole=True, unit="YUAN")
    for r in t["02_income_budget"]["rows"]:
        g.row(r["code"] or "total", ["total", "appropriation", "PUBLIC_SERVICE_REVENUE", "BUSINESS_REVENUE",
                                      "OTHER_REVENUE"],
              [r["合计"], r["财政拨款收入"], r["事业收入"], r["事业单位经营收入"], r["其他收入"]])
    g = decl.group("BA03", "表3 部门支出预算总表", whole=True, unit="YUAN")
    for r in t["03_expenditure_budget"]["rows"]:
        g.row(r["code"] or "total", ["total", "basic", "project"], [r["合计"], r["基本支出"], r["项目支出"]])
    t04 = t["04_fiscal_appropriation_summary"]
    g = decl.group("BA04", "表4 部门财政拨款收支预算总表", whole=True, unit="YUAN",
                   unprinted=["name=本年收入合计", "name=本年支出合计"])
    for label, s in [("一、一般公共预算", "GENERAL_PUBLIC_BUDGET"), ("二、政府性基金预算", "GOVERNMENT_FUND_BUDGET"),
                     ("三、国有资本经营预算", "STATE_CAPITAL_OPERATION_BUDGET")]:
        g.cell(s, "total", t04["income"][label])
    g.cell("level=INCOME_GRAND_TOTAL", "total", t04["收入总计"])
    for r in t04["expenditure"]:
        g.row(r["code"], ["total", "GENERAL_PUBLIC_BUDGET"], [r["合计"], r["一般公共预算"]])
    g.row("total", ["total", "GENERAL_PUBLIC_BUDGET"], [t04["支出总计"]["合计"], t04["支出总计"]["一般公共预算"]])
    g = decl.group("BA05", "表5 部门一般公共预算支出功能分类预算表", whole=True, unit="YUAN")
    for r in fa05:
        g.row(r["code"] or "total", ["total", "basic", "project"], [r["合计"], r["基本支出"], r["项目支出"]])
    decl.group("BA08", "表6 部门政府性基金预算支出功能分类预算表", whole=True, unit="YUAN").row(
        "total", FA05_COLUMNS, [None] * 3)
    decl.group("BA09", "表7 部门国有资本经营预算支出功能分类预算表", whole=True, unit="YUAN").row(
        "total", FA05_COLUMNS, [None] * 3)
    g = decl.group("BA06", "表8 部门一般公共预算基本支出部门预算经济分类预算表", whole=True, unit="YUAN")
    for r in t08:
        g.row(r["code"] or "total", ["amount", "personnel", "operating"], [r["合计"], r["人员经费"], r["公用经费"]])
    v = t["09_three_public_and_office_running"]["values"]
    decl.group("BA07", "表9 部门“三公”经费和机关运行经费预算表").row(
        "total", ["budget.total", "budget.overseasTravel", "budget.vehicles", "budget.vehiclePurchase",
                  "budget.vehicleOperation", "budget.reception", "budget.agencyOperating"],
        [v["三公合计"], v["因公出国(境)费"], v["公务用车购置及运行费 小计"], v["购置费"], v["运行费"], v["公务接待费"],
         v["机关运行经费预算数"]])

    # 编制说明: each 项 is quoted twice, as a headline figure and again in its sentence (2026年预算安排 …)
    decl.group("BA01", "编制说明 收入与支出").cell("level=INCOME_GRAND_TOTAL", "total", n["income_budget"]).cell(
        "GENERAL_PUBLIC_BUDGET", "total", n["fiscal_income"]).cell("total", "total", n["expenditure_budget"])
    g = decl.group("BA05", "编制说明 各项（标题金额）").cell("total", "total", n["general_budget"])
    for it in n["by_item"]:
        g.cell(it["code"], "total", it["headline_amount"])
    g = decl.group("BA05", "编制说明 各项（2026年预算安排）")
    for it in n["by_item"]:
        g.cell(it["code"], "total", it["budget_2026_in_sentence"])
    tp = n["three_public"]
    decl.group("BA07", "其他相关情况说明 “三公”与机关运行经费").row(
        "total", ["budget.total", "budget.overseasTravel", "budget.vehicles", "budget.vehiclePurchase",
                  "budget.vehicleOperation", "budget.reception", "budget.agencyOperating"],
        [tp["total"], tp["overseas"], tp["vehicle_total"], tp["vehicle_purchase"], tp["vehicle_operation"],
         tp["reception"], n["office_running_cost"]])

    p = n["procurement"]
    attributes = {
        "project": projects,
        # "财政拨款收入支出增加的主要原因是工作量增加" closes the 编制说明 paragraph that gives 收入预算, 财政拨款收入,
        # 支出预算 and 一般公共预算拨款支出 (all 9,628.22, all 793.14 up): it is the reason of each of them
        "explanation": {s: {"text": n["reason"] + "。"} for s in ("yoy:total", "yoy:appropriation", "yoy:general-budget")},
        "statistic": {
            "procurement.goods": {"amount": str(yuan(p["goods"]))},
            "procurement.works": {"amount": str(yuan(p["works"]))},
            "procurement.services": {"amount": str(yuan(p["services"]))},
            "procurement.sme": {"amount": str(yuan(p["sme_reserved"]))},
            "procurement.small-micro": {"amount": str(yuan(p["small_micro_reserved"]))},
            "vehicles.held": {"amount": str(n["vehicles"]["held_at_2025-08-31"])},
            "assets.vehicles.law-enforcement": {"amount": str(n["vehicles"]["law_enforcement"])},
            "vehicles.purchased": {"amount": str(n["vehicles"]["to_purchase_2026"])},
        },
    }
    department = {"code": "SHPTSFJ", "name": "上海市普陀区司法局", "unitType": "ADMINISTRATIVE"}
    write(folder, department, ledger, attributes, decl, explain(folder, WHY.get(folder, [])),
          extra={"catalogs.json": json.dumps({"copyFrom": 2024}) + "\n"})


# ---------------------------------------------------------------------------------------------------------------
# Prior years: what the 情况说明 quote of the year before (与上年相比), held so that publication-service can compute
# those sentences. Not real ledgers: the FEWEST aggregate lines that give exactly the prior-year figures a document
# quotes (current figure − the change it prints), on codes the current year uses; every figure the document does not
# quote (a class, 基本/项目 where not quoted, 人员/公用) is whatever these lines give (README, "Prior-year figures").
# The year publishes nothing (publication.json); declared.json holds the quoted figures, so the test proves them.
# ---------------------------------------------------------------------------------------------------------------

def department_of(folder):
    with open(os.path.join(ROOT, folder, "department.json"), encoding="utf-8") as f:
        return json.load(f)


def no_budget_findings(ledger, quoted_by):
    """EXP-01 of each 项 with 决算 spending: a prior-year folder holds no 年初预算 (none is quoted)."""
    spent = {}
    for (flow, function, _, source, _, _), line in ledger.lines.items():
        if flow == "EXPENDITURE" and source == "GENERAL_PUBLIC_BUDGET" and "final" in line:
            spent[function] = spent.get(function, D(0)) + line["final"]
    return [finding("EXP-01", "支出功能分类 " + code, "an explanation variance:FINAL_ACCOUNT:%s (年初预算 0.00, 决算 %s)"
                    % (code, (amount / 10000).quantize(D("0.01"))), "missing",
                    "prior-year figures only: %s quotes this year's 决算, never its 年初预算, so the aggregate lines "
                    "carry none" % quoted_by) for code, amount in sorted(spent.items())]


def prior_year(folder, ledger, attributes, decl, findings):
    current = folder[:folder.rindex("-") + 1] + str(int(folder[folder.rindex("-") + 1:]) + 1)
    # aggregate lines: only the declared cells are this department's figures, so only they are compared with
    attributes = dict(attributes, coverage={"ledger": {
        "scope": "QUOTED_FIGURES",
        "note": "%s 的情况说明所引上年数；其余数字为汇总行的副产品，不作比较。" % current}})
    write(folder, department_of(current), ledger, attributes, decl, findings, extra={
        "publication.json": json.dumps({"documents": []}) + "\n",
        "catalogs.json": json.dumps({"copyFrom": 2024}) + "\n"})


def final_prior(decl, source, total, income=None, expenditure=None, appropriation=None, general=None):
    """The 收支总表 figures a 决算's 情况说明 一–五(一) quote of the prior year (None: not quoted)."""
    decl.group("FA01", source + " 一").cell("total", "total", total).cell("level=INCOME_GRAND_TOTAL", "total", total)
    if income is not None:
        decl.group("FA01", source + " 二").cell("name=本年收入合计", "total", income)
    if expenditure is not None:
        decl.group("FA03", source + " 三").cell("total", "total", expenditure)
    if appropriation is not None:
        decl.group("FA04", source + " 四").cell("level=INCOME_GRAND_TOTAL", "total", appropriation).cell(
            "total", "total", appropriation)
    if general is not None:
        decl.group("FA05", source + " 五(一)").cell("total", "total", general)


def prior(current, change):
    """The prior-year figure a sentence implies: the current figure as printed minus the change it prints (增加 +, 减少 −)."""
    return str(wan(current) - wan(change))


def seed000_2023():
    # 情况说明 一–五(一): 4,879.07, "减少 161.92" (收、支总计, 收入, 支出, 财政拨款, 一般公共预算); 二/三: 2023 收入/支出 of
    # 205 (教育系统公务员医疗补助 1,626.86) and 210 (3,414.13); 四/五(一) name every 2023 project: 公务员医疗补助 1,648.79
    # (二/三 print 1648.78: a finding), 保优离人员医疗费 1,535, 子女互助合作医疗 160.8, 保健医疗专项工作经费 5.4, 教育系统保优离
    # 人员医疗费 0 ("年初没有预算安排"), and 64.14 优抚对象医疗补助 that 退役军人局 transferred in 2023 only. They add up to
    # 5,040.99, so each is one line (all 项目支出, as in 2024; economic codes as 2024's)
    total = prior("4879.07", "-161.92")
    projects = [("WHJHBJYLP01", "2059999", "30307", "1626.86"), ("WHJHBJYLP02", "2109999", "30307", "1648.79"),
                ("WHJHBJYLP03", "2109999", "30307", "1535"), ("WHJHBJYLP04", "2109999", "30307", "160.8"),
                ("WHJHBJYLP05", "2109999", "30299", "5.4"), ("WHJHBJYLP07", "2109999", "30307", "64.14")]
    ledger = Ledger()
    for code, function, economic, amount in projects:
        ledger.add("final", yuan(amount), function=function, economic=economic, type="PROJECT", project=code)
    ledger.add("final", yuan("1626.86"), flow="INCOME", function="2059999")
    ledger.add("final", yuan("3414.13"), flow="INCOME", function="2109999")
    with open(os.path.join(ROOT, "WHJHBJYL-2024", "attributes.json"), encoding="utf-8") as f:
        names = json.load(f)["project"]
    names["WHJHBJYLP07"] = {"name": "优抚对象医疗补助", "category": "SPECIFIC_PURPOSE",
                            "executingUnit": "江汉区保健医疗办公室"}
    attributes = {"project": {code: names[code] for code, *_ in projects}}

    decl = Declared()
    source = "2024 年度决算 情况说明"
    final_prior(decl, source, total, income=total, expenditure=total, appropriation=total, general=total)
    decl.group("FA02", source + " 二").cell("2059999", "total", "1,626.86").cell("210", "total", "3414.13")
    decl.group("FA03", source + " 三").cell("2059999", "total", "1,626.86").cell("210", "total", "3414.13")
    quoted = {
        " 一": [("WHJHBJYLP03", "1,535"), ("WHJHBJYLP05", "5.4"), ("WHJHBJYLP01", "1,626.86"),
               ("WHJHBJYLP02", "1,648.79"), ("WHJHBJYLP04", "160.8")],
        " 二、三": [("WHJHBJYLP01", "1,626.86"), ("WHJHBJYLP02", "1648.78"), ("WHJHBJYLP03", "1535"),
                  ("WHJHBJYLP04", "160.8"), ("WHJHBJYLP05", "5.4")],
        " 四、五(一)": [("WHJHBJYLP02", "1,648.79"), ("WHJHBJYLP01", "1,626.86"), ("WHJHBJYLP05", "5.4"),
                     ("WHJHBJYLP04", "160.8"), ("WHJHBJYLP03", "1,535"), ("WHJHBJYLP06", "0"),
                     ("WHJHBJYLP07", "64.14")],
    }
    for where, cells in quoted.items():
        g = decl.group("FA11", source + where)
        for row, value in cells:
            g.cell(row, "final", value)
    findings = [finding("DECL-01", "FA11:row[code=WHJHBJYLP02]:final (%s 二、三)" % source, "1648.79", "1648.78",
                        "the 2024 document gives 公务员医疗补助's 2023 figure as 1648.78 in 情况说明 二 and 三 and as "
                        "1,648.79 in 一, 四 and 五(一); only 1,648.79 adds up to 210's 3414.13 and the total 5,040.99")]
    findings += no_budget_findings(ledger, "the 2024 document")
    prior_year("WHJHBJYL-2023", ledger, attributes, decl, findings)


def seed002_2023():
    # 情况说明 一–五(一): 9,111.11, "增加 1030.29" (收、支总计, 收入, 支出, 财政拨款, 一般公共预算); 九: "三公" 1.81 "较上年减少
    # 2.25", 公务用车 0.8 "减少 1.89", 公务接待 1.01 "减少 0.36" (so 因公出国 0). 基本/项目 of 2023 are not quoted: the
    # rest is one 基本支出 line of 2101501 行政运行 (30101, as 2024's first line there); the car's 2.69 is 运行维护 (30231)
    total = prior("9111.11", "1030.29")
    three_public = {"30231": prior("0.8", "-1.89"), "30217": prior("1.01", "-0.36")}
    ledger = Ledger()
    rest = wan(total) - sum(wan(a) for a in three_public.values())
    ledger.add("final", yuan(rest), function="2101501", economic="30101", type="BASIC")
    for economic, amount in three_public.items():
        ledger.add("final", yuan(amount), function="2101501", economic=economic, type="BASIC")
    ledger.add("final", yuan(total), flow="INCOME", function="2101501")
    decl = Declared()
    source = "2024 年度决算 情况说明"
    final_prior(decl, source, total, income=total, expenditure=total, appropriation=total, general=total)
    decl.group("FA09", source + " 九").row("total", ["final.total", "final.overseasTravel", "final.vehicles",
                                                     "final.reception"],
                                           [prior("1.81", "-2.25"), "0", three_public["30231"], three_public["30217"]])
    prior_year("WHYBZX-2023", ledger, {}, decl, no_budget_findings(ledger, "the 2024 document"))


def seed001_2023():
    # 情况说明 一–三: 895.62 "比2023年预算减少181.81" (收入, 支出, 财政拨款, 一般公共预算); 四: 基本支出 210.17 "减少3.9"; 五: "三公"
    # 0 "增加0万元"; 八(一): 机关运行经费 (= 公用经费 of this 行政 unit) 22.32 "减少24.18". So 人员经费 167.57, 公用经费 46.50,
    # 项目支出 863.36, on 2024's 行政运行 lines (30101, 30201) and its largest project 项 (2101301 城乡医疗救助, 30307). The
    # projects' own 2023 budgets (申报表: 774.16, 46.5, 15.8, 10, 3.6, 3, 1.8) add up to 854.86, not 863.36: the line is
    # one aggregate project of its own, not a 2024 project's code
    total = prior("895.62", "-181.81")
    basic = prior("210.17", "-3.9")
    operating = prior("22.32", "-24.18")
    personnel = str(wan(basic) - wan(operating))
    project = str(wan(total) - wan(basic))
    ledger = Ledger()
    ledger.add("initial", yuan(personnel), function="2101501", economic="30101", type="BASIC")
    ledger.add("initial", yuan(operating), function="2101501", economic="30201", type="BASIC")
    ledger.add("initial", yuan(project), function="2101301", economic="30307", type="PROJECT", project="WHHY040001P2023")
    ledger.add("initial", yuan(total), flow="INCOME", function="2101501")
    attributes = {"project": {"WHHY040001P2023": {
        "name": "2023年项目支出（汇总，仅为2024年情况说明所引上年数）", "category": "SPECIFIC_PURPOSE",
        "executingUnit": "武汉市汉阳区医疗保障局本级"}}}
    decl = Declared()
    source = "2024 年部门预算 情况说明"
    decl.group("BA01", source + " 一").cell("level=INCOME_GRAND_TOTAL", "total", total).cell(
        "name=本年收入合计", "total", total).cell("GENERAL_PUBLIC_BUDGET", "total", total).cell("total", "total", total)
    decl.group("BA03", source + " 一").cell("total", "total", total)
    decl.group("BA04", source + " 二").cell("total", "total", total).cell("total", "GENERAL_PUBLIC_BUDGET", total)
    decl.group("BA05", source + " 三、四").cell("total", "total", total).cell("total", "basic", basic)
    decl.group("BA07", source + " 五、八(一)").row("total", ["budget." + c for c in THREE_PUBLIC] + ["budget.agencyOperating"],
                                               ["0"] * 6 + [operating])
    prior_year("WHHY040001-2023", ledger, attributes, decl, [])


def caizhengju_2023():
    # 情况说明 一: 收入支出总计 2,995.39 "减少56.95"; 五(一): 一般公共预算财政拨款支出 2,940.05 "减少63.14"; 七: "三公" 0 "与2023
    # 年度持平"; 十一(一): 机关运行经费 184.65 "比2023年度增加2.55". 四's "0.3 万元 … 持平" is the contradiction README names
    # (no 2023 财政拨款 total can both equal 2024's 2,961.68 and hold 3,003.19 of spending): 2023 has no 财政拨款 carry-over.
    # The rest of 收入支出总计 (49.15) is non-fiscal carry-over in and out; 基本/项目 are not quoted: all 基本支出 of 2010601
    # 行政运行, 公用经费 = 机关运行经费 on 30299, 人员经费 on 30102 (2024's first line there)
    n = load_source("SHPTCZJ-2024")["narrative"]
    total, general = n["prior_year_total_derived"], n["general_budget_prior_derived"]
    operating = n["office_running_cost_prior_derived"]
    assert wan(total) == wan(prior(n["total"], "-" + n["change_amount"])), total
    assert wan(operating) == wan(prior(n["office_running_cost"], n["office_running_cost_change"])), operating
    ledger = Ledger()
    ledger.add("final", yuan(str(wan(general) - wan(operating))), function="2010601", economic="30102", type="BASIC")
    ledger.add("final", yuan(operating), function="2010601", economic="30299", type="BASIC")
    ledger.add("final", yuan(general), flow="INCOME", function="2010601")
    carry = yuan(str(wan(total) - wan(general)))
    ledger.add("final", carry, flow="OPENING_BALANCE", source="OTHER_REVENUE")
    ledger.add("final", carry, flow="CLOSING_BALANCE", source="OTHER_REVENUE")
    decl = Declared()
    source = "2024 年度决算 情况说明"
    final_prior(decl, source, total, general=general)
    decl.group("FA09", source + " 七").row("total", ["final." + c for c in THREE_PUBLIC], ["0"] * 6)
    decl.group("FA09", source + " 十一(一)").cell("total", "final.agencyOperating", operating)
    prior_year("SHPTCZJ-2023", ledger, {}, decl, no_budget_findings(ledger, "the 2024 document"))


def guihuaziyuan_2023():
    # 情况说明 一: 收入支出总计 9,859.38 "增加1062.85", 项目支出 "较上一度增加1133.95"; 四, 五(一): 财政拨款 = 一般公共预算财政拨款
    # 支出 9,746.50 "增加1193.20"; 七: "三公" 0.39 "减少0.15", all of it 公务接待费 (因公出国, 公务用车 "与上一年度持平" at 0).
    # 机关运行经费 142.80 "减少13.52" is the 行政 units' only (README): not reproduced. 项目支出 on 2120201 (2024's largest
    # project 项, its placeholder project), 基本支出 on 2200150 事业运行 (30101; 接待 30217 as in 2024), the non-fiscal rest
    # of 收入支出总计 as carry-over in and out
    n = load_source("SHPTGHZYJ-2024")["narrative"]
    total, fiscal = n["prior_year_total_derived"], n["fiscal_prior_derived"]
    project = prior(n["project_expenditure"], "1133.95")
    reception = n["three_public"]["vs_prior_year"]["prior_derived"]
    ledger = Ledger()
    ledger.add("final", yuan(str(wan(fiscal) - wan(project) - wan(reception))), function="2200150", economic="30101",
               type="BASIC")
    ledger.add("final", yuan(reception), function="2200150", economic="30217", type="BASIC")
    ledger.add("final", yuan(project), function="2120201", economic="30227", type="PROJECT", project="SHPTGHP02")
    ledger.add("final", yuan(fiscal), flow="INCOME", function="2200150")
    carry = yuan(str(wan(total) - wan(fiscal)))
    ledger.add("final", carry, flow="OPENING_BALANCE", source="OTHER_REVENUE")
    ledger.add("final", carry, flow="CLOSING_BALANCE", source="OTHER_REVENUE")
    with open(os.path.join(ROOT, "SHPTGHZYJ-2024", "attributes.json"), encoding="utf-8") as f:
        attributes = {"project": {"SHPTGHP02": json.load(f)["project"]["SHPTGHP02"]}}
    decl = Declared()
    source = "2024 年度决算 情况说明"
    final_prior(decl, source, total, appropriation=fiscal, general=fiscal)
    decl.group("FA03", source + " 一").cell("total", "project", project)
    decl.group("FA09", source + " 七").row("total", ["final." + c for c in THREE_PUBLIC],
                                           [reception, "0", "0", "0", "0", reception])
    prior_year("SHPTGHZYJ-2023", ledger, attributes, decl, no_budget_findings(ledger, "the 2024 document"))


def shegongbu_2023():
    # set up in 2024: 情况说明 一, 四, 五(一) "增加 307.82 万元，增长 100.00%" and 十一(一) 机关运行经费 "增加 10.23 万元，增长
    # 100.00%" quote a 2023 of zero; the ledger exists and is empty
    decl = Declared()
    source = "2024 年度决算 情况说明"
    final_prior(decl, source, "0", appropriation="0", general="0")
    decl.group("FA09", source + " 十一(一)").cell("total", "final.agencyOperating", "0")
    prior_year("SHPTSGB-2023", Ledger(), {}, decl, [])


def sifaju_2025():
    # 编制说明: 财政拨款收入 = 一般公共预算拨款支出预算 9,628.22 "比2026年预算增加793.14万元" (sic: 2025); 其他相关情况说明 一:
    # "三公" 10.81 (公务用车运行 9.98, 公务接待 0.83) with each part "与2025年预算持平". Nothing else of 2025 is quoted (the
    # 项 lines compare with 2025's 执行数, not its 预算): the rest is one 基本支出 line of 2040601 行政运行 (30101); the
    # "三公" lines sit where 2026 has them, at the 万元 printed
    n = load_source("SHPTSFJ-2026")["narrative"]
    total = n["prior_derived"]
    assert wan(total) == wan(prior(n["fiscal_income"], n["fiscal_change_amount"])), total
    tp = n["three_public"]
    three_public = {"30217": tp["reception"], "30231": tp["vehicle_operation"]}
    ledger = Ledger()
    ledger.add("initial", yuan(str(wan(total) - sum(wan(a) for a in three_public.values()))), function="2040601",
               economic="30101", type="BASIC")
    for economic, amount in three_public.items():
        ledger.add("initial", yuan(amount), function="2040601", economic=economic, type="BASIC")
    ledger.add("initial", yuan(total), flow="INCOME", function="2040601")
    decl = Declared()
    source = "2026 年部门预算 编制说明"
    decl.group("BA01", source).cell("GENERAL_PUBLIC_BUDGET", "total", total).cell("total", "total", total)
    decl.group("BA04", source).cell("total", "GENERAL_PUBLIC_BUDGET", total)
    decl.group("BA05", source).cell("total", "total", total)
    decl.group("BA07", "2026 年部门预算 其他相关情况说明 一").row(
        "total", ["budget." + c for c in THREE_PUBLIC],
        [tp["total"], tp["overseas"], tp["vehicle_total"], tp["vehicle_purchase"], tp["vehicle_operation"],
         tp["reception"]])
    prior_year("SHPTSFJ-2025", ledger, {}, decl, [])


DATASETS = {"WHJHBJYL-2024": seed000, "WHHY040001-2024": seed001, "WHYBZX-2024": seed002, "SHPTCZJ-2024": caizhengju,
            "SHPTGHZYJ-2024": guihuaziyuan, "SHPTSGB-2024": shegongbu, "SHPTSFJ-2026": sifaju,
            # prior years, after the years that quote them (they copy those folders' department and projects)
            "WHJHBJYL-2023": seed000_2023, "WHHY040001-2023": seed001_2023, "WHYBZX-2023": seed002_2023,
            "SHPTCZJ-2023": caizhengju_2023, "SHPTGHZYJ-2023": guihuaziyuan_2023, "SHPTSGB-2023": shegongbu_2023,
            "SHPTSFJ-2025": sifaju_2025}

if __name__ == "__main__":
    for name in sys.argv[1:] or DATASETS:
        DATASETS[name]()
        print("wrote", name)
