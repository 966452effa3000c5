package org.openbudget.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Published documents print marginals (支出 by 功能分类 项 in one table, 基本支出 by 经济分类 款 in another), never the
 * facts behind them. To load a published document as facts, this builds one fact table whose marginals are exactly
 * the published ones (north-west corner rule: walk both lists, emit the smaller remainder, advance). Any such table
 * derives the same published figures; which one is chosen is arbitrary and marked as allocated by whoever uses it.
 */
final class PublishedMarginals {

    record Fact(String functionCode, String economicCode, BigDecimal yuan) {
    }

    private PublishedMarginals() {
    }

    /** Both maps hold 万元 strings as printed; they must have the same sum. */
    static List<Fact> allocate(Map<String, String> byFunction, Map<String, String> byEconomic) {
        List<Map.Entry<String, BigDecimal>> f = yuan(byFunction);
        List<Map.Entry<String, BigDecimal>> e = yuan(byEconomic);
        BigDecimal sumF = f.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sumE = e.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sumF.compareTo(sumE) != 0) {
            throw new IllegalArgumentException("marginals differ: " + sumF + " vs " + sumE);
        }
        List<Fact> facts = new ArrayList<>();
        int i = 0;
        int j = 0;
        BigDecimal remF = f.isEmpty() ? BigDecimal.ZERO : f.get(0).getValue();
        BigDecimal remE = e.isEmpty() ? BigDecimal.ZERO : e.get(0).getValue();
        while (i < f.size() && j < e.size()) {
            BigDecimal take = remF.min(remE);
            if (take.signum() > 0) {
                facts.add(new Fact(f.get(i).getKey(), e.get(j).getKey(), take));
            }
            remF = remF.subtract(take);
            remE = remE.subtract(take);
            if (remF.signum() == 0 && ++i < f.size()) {
                remF = f.get(i).getValue();
            }
            if (remE.signum() == 0 && ++j < e.size()) {
                remE = e.get(j).getValue();
            }
        }
        return facts;
    }

    /**
     * The same rule over any number of marginals of one total (e.g. 功能分类 × 经济分类 × 项目): each fact takes the
     * smallest remainder of the current entries; returns one code per marginal and the amount in 元.
     */
    static List<Map.Entry<List<String>, BigDecimal>> allocate(List<Map<String, String>> marginals) {
        List<List<Map.Entry<String, BigDecimal>>> lists = marginals.stream().map(PublishedMarginals::yuan).toList();
        int k = lists.size();
        int[] index = new int[k];
        BigDecimal[] remainder = new BigDecimal[k];
        for (int m = 0; m < k; m++) {
            remainder[m] = lists.get(m).get(0).getValue();
        }
        List<Map.Entry<List<String>, BigDecimal>> facts = new ArrayList<>();
        while (true) {
            BigDecimal take = remainder[0];
            for (int m = 1; m < k; m++) {
                take = take.min(remainder[m]);
            }
            if (take.signum() > 0) {
                List<String> codes = new ArrayList<>();
                for (int m = 0; m < k; m++) {
                    codes.add(lists.get(m).get(index[m]).getKey());
                }
                facts.add(Map.entry(codes, take));
            }
            boolean done = false;
            for (int m = 0; m < k; m++) {
                remainder[m] = remainder[m].subtract(take);
                if (remainder[m].signum() == 0) {
                    if (++index[m] == lists.get(m).size()) {
                        done = true;
                    } else {
                        remainder[m] = lists.get(m).get(index[m]).getValue();
                    }
                }
            }
            if (done) {
                return facts;
            }
        }
    }

    private static List<Map.Entry<String, BigDecimal>> yuan(Map<String, String> wan) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        wan.forEach((code, amount) -> out.put(code, new BigDecimal(amount.replace(",", "")).movePointRight(4)));
        return new ArrayList<>(out.entrySet());
    }
}
