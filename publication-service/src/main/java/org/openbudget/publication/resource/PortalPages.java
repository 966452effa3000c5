package org.openbudget.publication.resource;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.publication.domain.DocumentKind;
import org.openbudget.publication.domain.PublicationVersion;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The portal's own pages (index, history); the documents themselves are rendered by the HTML renderer. */
final class PortalPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private PortalPages() {
    }

    static String kindName(DocumentKind kind) {
        return kind == DocumentKind.BUDGET ? "部门预算公开" : "部门决算公开";
    }

    static String base(PublicationVersion v) {
        return "/portal/" + v.departmentCode + "/" + v.fiscalYear + "/" + v.kind.name();
    }

    static String index(List<PublicationVersion> published, java.util.function.Function<PublicationVersion, String> title) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>部门预算、决算公开</h1>\n<p>各部门最新公开的预算与决算文件。每份文件的数字均由平台中的预算数据计算生成；更正后的版本附有更正说明，历史版本可查。</p>\n");
        if (published.isEmpty()) {
            body.append("<p>暂无已公开的文件。</p>\n");
        } else {
            body.append("<table class=\"index\">\n<caption>已公开文件</caption>\n<thead><tr><th scope=\"col\">部门</th><th scope=\"col\">年度</th>"
                    + "<th scope=\"col\">文件</th><th scope=\"col\">版本</th><th scope=\"col\">发布时间</th><th scope=\"col\">下载</th></tr></thead>\n<tbody>\n");
            for (PublicationVersion v : published) {
                String base = base(v);
                body.append("<tr><td>").append(escape(title.apply(v))).append("</td><td>").append(v.fiscalYear)
                        .append("</td><td><a href=\"").append(base).append("\">").append(kindName(v.kind)).append("</a></td><td>第 ")
                        .append(v.number).append(" 版").append(v.correctsNumber == null ? "" : "（更正）").append(" · <a href=\"")
                        .append(base).append("/history\">历史版本</a></td><td>").append(WHEN.format(v.publishedAt)).append("</td><td>")
                        .append(downloads(base + "/v/" + v.number)).append("</td></tr>\n");
            }
            body.append("</tbody>\n</table>\n");
        }
        return page("部门预算、决算公开", body.toString());
    }

    static String downloads(String versionBase) {
        return "<a href=\"" + versionBase + "/document.html\">HTML</a> · <a href=\"" + versionBase + "/document.pdf\">PDF</a> · "
                + "<a href=\"" + versionBase + "/document.xlsx\">XLSX</a> · <a href=\"" + versionBase + "/document.zip\">开放数据</a>";
    }

    static String history(String title, List<PublicationVersion> versions, java.util.function.Function<PublicationVersion, JsonNode> correction) {
        StringBuilder body = new StringBuilder();
        body.append("<p><a href=\"/portal\">返回首页</a></p>\n<h1>").append(escape(title)).append("：历史版本</h1>\n");
        for (PublicationVersion v : versions) {
            String base = base(v);
            body.append("<section class=\"version\" id=\"v").append(v.number).append("\">\n<h2>第 ").append(v.number).append(" 版</h2>\n<p>发布时间 ")
                    .append(WHEN.format(v.publishedAt)).append("；依据预算数据第 ").append(v.budgetRevision).append(" 次修订");
            if (v.performanceRevision > 0) {
                body.append("、绩效数据第 ").append(v.performanceRevision).append(" 次修订");
            }
            body.append("；内容校验码 <code>").append(v.contentHash, 0, 16).append("</code>。</p>\n<p>")
                    .append("<a href=\"").append(base).append("/v/").append(v.number).append("\">阅读</a> · ")
                    .append(downloads(base + "/v/" + v.number)).append("</p>\n");
            if (v.overrideReason != null) {
                body.append("<p>经审核后发布：").append(escape(v.overrideReason)).append("</p>\n");
            }
            JsonNode c = correction.apply(v);
            if (c != null) {
                body.append("<h3>更正说明（更正第 ").append(v.correctsNumber).append(" 版）</h3>\n");
                if (c.path("cells").size() > 0) {
                    body.append("<table class=\"correction\"><caption>表格数字更正（单位：万元）</caption><thead><tr><th scope=\"col\">表格</th>"
                            + "<th scope=\"col\">行</th><th scope=\"col\">列</th><th scope=\"col\">原公开数</th><th scope=\"col\">更正后</th></tr></thead><tbody>\n");
                    for (JsonNode cell : c.path("cells")) {
                        body.append("<tr><td>").append(escape(cell.path("table").asText())).append("</td><td>").append(escape(cell.path("row").asText()))
                                .append("</td><td>").append(escape(cell.path("column").asText())).append("</td><td class=\"num\">")
                                .append(escape(cell.path("oldValue").asText())).append("</td><td class=\"num\">").append(escape(cell.path("newValue").asText()))
                                .append("</td></tr>\n");
                    }
                    body.append("</tbody></table>\n");
                }
                for (JsonNode text : c.path("texts")) {
                    body.append("<p class=\"text-change\"><strong>").append(escape(text.path("section").asText())).append("</strong>：原文“")
                            .append(escape(text.path("oldText").asText())).append("”更正为“").append(escape(text.path("newText").asText())).append("”</p>\n");
                }
            }
            body.append("</section>\n");
        }
        return page(title + " 历史版本", body.toString());
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\nbody{font-family:\"WenQuanYi Micro Hei\",\"Noto Sans CJK SC\",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.6}\n"
                + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left}td.num{text-align:right}\n"
                + "caption{font-weight:bold;text-align:left;padding:.5rem 0}section.version{border-top:1px solid #ccc;margin-top:1.5rem}\n</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    /** The renderers' one escaping, so the portal's pages treat user text exactly as the documents do. */
    static String escape(String text) {
        return org.openbudget.publication.render.Markup.text(text);
    }
}
