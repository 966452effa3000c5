package org.openbudget.publication.service.assembly;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openbudget.publication.client.BudgetSource;
import org.openbudget.publication.client.BudgetSource.SourceTable;
import org.openbudget.publication.document.Block;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.FactTable;
import org.openbudget.publication.document.Paragraph;
import org.openbudget.publication.document.Section;
import org.openbudget.publication.document.Table;
import org.openbudget.publication.domain.DocumentKind;
import org.openbudget.publication.service.layout.Layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Assembles a document from its inputs in the order a layout gives: parts, tables (as derived), 情况说明 (computed
 * sentences), editorial text, 名词解释 and the performance attachments. Deterministic: the same inputs give an
 * equal document, so an unchanged source makes no new version.
 */
@ApplicationScoped
public class DocumentAssembler {

    @Inject
    ObjectMapper json;

    private final Map<String, Function<Inputs, List<Block>>> narratives = new HashMap<>();
    private List<Map<String, String>> terms;

    @PostConstruct
    void init() {
        narratives.putAll(FinalAccountsNarratives.all());
        narratives.putAll(BudgetNarratives.all());
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("glossary/terms.json")) {
            terms = json.readValue(in, new TypeReference<List<Map<String, String>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a layout refers only to narratives and charts that exist (checked by a test for every bundled layout). */
    public List<String> unknownReferences(Layout layout) {
        List<String> unknown = new ArrayList<>();
        layout.documents().values().forEach(d -> d.parts().forEach(p -> p.blocks().forEach(b -> {
            if ("narrative".equals(b.type()) && !narratives.containsKey(b.narrative())) {
                unknown.add(b.narrative());
            }
        })));
        return unknown;
    }

    public Document assemble(DocumentKind kind, Layout layout, Inputs in) {
        Layout.DocumentLayout documentLayout = layout.documents().get(kind);
        if (documentLayout == null) {
            throw new IllegalStateException("layout " + layout.id() + " has no " + kind + " document");
        }
        List<Section> parts = new ArrayList<>();
        for (Layout.Part part : documentLayout.parts()) {
            List<Block> blocks = new ArrayList<>();
            List<Section> children = new ArrayList<>();
            for (Layout.BlockLayout block : part.blocks()) {
                if (block.optional() && "editorial".equals(block.type()) && in.editorial().getOrDefault(block.key(), "").isBlank()) {
                    continue;
                }
                String heading = block.heading() == null ? null : fill(block.heading(), in);
                List<Block> content = content(kind, block, in, heading);
                if (heading == null) {
                    blocks.addAll(content);
                } else {
                    children.add(new Section(sectionId(part, block), 2, heading, content, List.of()));
                }
            }
            parts.add(new Section(part.id(), 1, fill(part.heading(), in), blocks, children));
        }
        return new Document(kind == DocumentKind.BUDGET ? Document.Kind.BUDGET : Document.Kind.FINAL_ACCOUNTS,
                in.current().departmentCode(), in.department(), in.year(), fill(documentLayout.title(), in), layout.id(),
                parts, facts(in.current()));
    }

    private static String sectionId(Layout.Part part, Layout.BlockLayout block) {
        switch (block.type()) {
            case "table":
                return "table-" + block.table();
            case "narrative":
                return block.narrative();
            case "editorial":
                return "editorial-" + block.key();
            default:
                return part.id() + "-" + block.type() + (block.what() == null ? "" : "-" + block.what());
        }
    }

    private List<Block> content(DocumentKind kind, Layout.BlockLayout block, Inputs in, String heading) {
        switch (block.type()) {
            case "table": {
                SourceTable table = in.table(block.table());
                return List.of(TableBuilder.build(table, block.number(), heading == null ? table.title() : stripNumbering(heading), in.year()));
            }
            case "narrative": {
                Function<Inputs, List<Block>> narrative = narratives.get(block.narrative());
                if (narrative == null) {
                    throw new IllegalStateException("layout refers to unknown narrative " + block.narrative());
                }
                List<Block> blocks = new ArrayList<>(narrative.apply(in));
                if (block.chart() != null) {
                    Charts.chart(block.chart(), in).ifPresent(blocks::add);
                }
                return blocks;
            }
            case "editorial":
                return editorial(block.key(), in);
            case "glossary":
                return glossary(kind, in);
            case "performance":
                return PerformanceAttachments.blocks(block.what(), in);
            default:
                throw new IllegalStateException("unknown block type " + block.type());
        }
    }

    /** "一、收入支出决算总表" → "收入支出决算总表" for a table caption. */
    private static String stripNumbering(String heading) {
        return heading.replaceFirst("^[一二三四五六七八九十]+、", "");
    }

    private static List<Block> editorial(String key, Inputs in) {
        String text = in.editorial().get(key);
        if (text == null || text.isBlank()) {
            return List.of(new Paragraph("editorial-" + key, List.of(new Paragraph.Placeholder("editorial:" + key,
                    "【待补充：" + key + "（编辑文本，PUT /api/v1/editorial/" + in.current().departmentCode() + "/"
                            + in.year() + "/" + key + "）】"))));
        }
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.strip().split("\\R");
        int n = 0; // ids count the non-blank lines, as when every line was a paragraph
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\t")) {
                // a run of tab-separated lines is a table as the document prints it (重点工作 summary: 序号 | 重要事项 | …),
                // its first line the header; every cell is text
                int first = n;
                List<List<String>> table = new ArrayList<>();
                while (i < lines.length && lines[i].contains("\t")) {
                    table.add(List.of(lines[i].strip().split("\t", -1)));
                    i++;
                    n++;
                }
                i--;
                blocks.add(editorialTable("editorial-" + key + "-" + first, table));
            } else if (!lines[i].isBlank()) {
                blocks.add(Paragraph.of("editorial-" + key + "-" + n++, lines[i].strip()));
            }
        }
        return blocks;
    }

    private static Table editorialTable(String id, List<List<String>> lines) {
        int columns = lines.stream().mapToInt(List::size).max().orElse(1);
        List<Table.HeaderCell> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(new Table.HeaderCell(c < lines.get(0).size() ? lines.get(0).get(c).strip() : "", 1, 1));
        }
        List<Table.Row> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            List<Table.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(Table.Cell.text(c < line.size() ? line.get(c).strip() : ""));
            }
            rows.add(new Table.Row(Table.RowKind.ITEM, 0, cells));
        }
        return new Table(id, "", "", "", List.of(header), rows, null);
    }

    /** The standard terms, then every 项-level 功能分类 code the document's expenditure uses, with its name. */
    private List<Block> glossary(DocumentKind kind, Inputs in) {
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        for (Map<String, String> term : terms) {
            blocks.add(Paragraph.of("glossary-term-" + n, "（" + n + "）" + term.get("term") + "：" + term.get("text")));
            n++;
        }
        SourceTable expenditure = in.table(kind == DocumentKind.BUDGET ? "BA03" : "FA03");
        List<BudgetSource.Row> items = expenditure.rows().stream().filter(r -> "ITEM".equals(r.level())).toList();
        if (!items.isEmpty()) {
            blocks.add(Paragraph.of("glossary-codes", "（" + n + "）本" + (kind == DocumentKind.BUDGET ? "预算" : "决算")
                    + "使用的支出功能分类科目（项）："));
            for (BudgetSource.Row item : items) {
                blocks.add(Paragraph.of("glossary-code-" + item.code(), item.code() + " " + item.name()));
            }
        }
        return blocks;
    }

    private static FactTable facts(BudgetSource source) {
        List<FactTable.Column> columns = List.of(
                new FactTable.Column("flow", "收支类型", false, null),
                new FactTable.Column("functionCode", "支出功能分类科目编码", false, null),
                new FactTable.Column("economicCode", "部门预算支出经济分类科目编码", false, null),
                new FactTable.Column("fundingSource", "资金来源", false, null),
                new FactTable.Column("expenditureType", "支出类型", false, null),
                new FactTable.Column("projectCode", "项目编码", false, null),
                new FactTable.Column("initialBudget", "年初预算（元）", true, "预算"),
                new FactTable.Column("adjustedBudget", "调整预算（元）", true, "调整"),
                new FactTable.Column("finalAccount", "决算（元）", true, "决算"));
        List<List<String>> rows = new ArrayList<>();
        for (BudgetSource.Line line : source.lines() == null ? List.<BudgetSource.Line>of() : source.lines()) {
            List<String> row = new ArrayList<>();
            row.add(line.flow());
            row.add(nullToEmpty(line.functionCode()));
            row.add(nullToEmpty(line.economicCode()));
            row.add(line.fundingSource());
            row.add(nullToEmpty(line.expenditureType()));
            row.add(nullToEmpty(line.projectCode()));
            row.add(plain(line.initialBudget()));
            row.add(plain(line.adjustedBudget()));
            row.add(plain(line.finalAccount()));
            rows.add(row);
        }
        return new FactTable(columns, rows);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String fill(String template, Inputs in) {
        return template.replace("{department}", in.department()).replace("{year}", Integer.toString(in.year()));
    }
}
