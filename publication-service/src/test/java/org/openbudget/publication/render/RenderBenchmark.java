package org.openbudget.publication.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.openbudget.publication.document.Document;

/**
 * Not a test: a main that renders a realistic 20-table document (about 30 类/款/项 rows and 8 columns per table,
 * a paragraph per table, four charts) in every format and prints the median wall time per format after warm-up,
 * for docs/publication-formats.md and docs/benchmarks.md. Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl publication-service -am test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * cd publication-service
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   org.openbudget.publication.render.RenderBenchmark [runs=20] [warmup=5] [tables=20]
 * </pre>
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int tables = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Document document = SampleDocuments.large(tables);
        HtmlRenderer html = new HtmlRenderer();
        PdfRenderer pdf = new PdfRenderer();
        XlsxRenderer xlsx = new XlsxRenderer();
        OpenDataRenderer openData = new OpenDataRenderer();

        Map<String, Supplier<Integer>> formats = new LinkedHashMap<>();
        formats.put("HTML", () -> html.render(document).length());
        formats.put("PDF", () -> pdf.render(document).length);
        formats.put("XLSX", () -> xlsx.render(document).length);
        formats.put("open data ZIP", () -> openData.zip(document).length);

        System.out.printf("document: %d tables, %d rows, %d charts; %d warm-up + %d measured runs per format; "
                        + "%d CPUs, Java %s%n", document.tables().size(),
                document.tables().stream().mapToInt(t -> t.rows().size()).sum(), document.charts().size(), warmup, runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (Map.Entry<String, Supplier<Integer>> format : formats.entrySet()) {
            long first = System.nanoTime();
            int size = format.getValue().get();
            double firstMs = (System.nanoTime() - first) / 1e6;
            for (int i = 1; i < warmup; i++) {
                format.getValue().get();
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                format.getValue().get();
                times.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(times);
            System.out.printf("%-14s first %7.1f ms   median %7.1f ms   min %7.1f ms   max %7.1f ms   %8d bytes%n",
                    format.getKey(), firstMs, times.get(times.size() / 2), times.get(0), times.get(times.size() - 1),
                    size);
        }
        // after the timings, so that the first PDF timed above is the JVM's first
        try (org.apache.pdfbox.pdmodel.PDDocument printed = org.apache.pdfbox.Loader.loadPDF(pdf.render(document))) {
            System.out.printf("PDF pages: %d%n", printed.getNumberOfPages());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
