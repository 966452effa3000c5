package org.openbudget.publication.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbudget.publication.client.BudgetSource;
import org.openbudget.publication.document.Block;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.Paragraph;
import org.openbudget.publication.document.Section;
import org.openbudget.publication.document.Table;
import org.openbudget.publication.domain.DepartmentLayout;
import org.openbudget.publication.domain.DepartmentYear;
import org.openbudget.publication.domain.DocumentKind;
import org.openbudget.publication.domain.PublicationArtifact;
import org.openbudget.publication.domain.PublicationVersion;
import org.openbudget.publication.repository.EditorialTextRepository;
import org.openbudget.publication.repository.PublicationVersionRepository;
import org.openbudget.publication.service.assembly.DocumentAssembler;
import org.openbudget.publication.service.assembly.Inputs;
import org.openbudget.publication.service.layout.Layout;
import org.openbudget.publication.service.layout.LayoutRegistry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Regenerates the documents of a department-year from the source revisions it holds, as new immutable versions.
 * Identical content makes no version; a version with open validation errors or missing human text is BLOCKED until
 * a publisher overrides with a reason; a version that replaces a public one carries a 更正说明.
 */
@ApplicationScoped
public class PublicationService {

    static final String CORRECTION_SECTION = "correction";
    static final String SYSTEM = "publication-service";

    @Inject
    EntityManager em;

    @Inject
    SourceFetcher sources;

    @Inject
    DocumentAssembler assembler;

    @Inject
    LayoutRegistry layouts;

    @Inject
    EditorialTextRepository editorial;

    @Inject
    PublicationVersionRepository versions;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "publication.non-blocking-rules")
    Set<String> nonBlockingRules;

    /**
     * Renders one due department-year if no other instance is doing it (row lock, SKIP LOCKED) and clears its due
     * mark. Returns the versions created (none when nothing changed or the row was busy).
     */
    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    @Inject
    io.opentelemetry.api.trace.Tracer tracer;

    private static io.opentelemetry.context.Context parentOf(String traceparent) {
        if (traceparent == null) {
            return io.opentelemetry.context.Context.current();
        }
        return io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator.getInstance().extract(
                io.opentelemetry.context.Context.root(), traceparent, new io.opentelemetry.context.propagation.TextMapGetter<String>() {
                    @Override
                    public Iterable<String> keys(String carrier) {
                        return List.of("traceparent");
                    }

                    @Override
                    public String get(String carrier, String key) {
                        return "traceparent".equals(key) ? carrier : null;
                    }
                });
    }

    @Transactional
    public List<PublicationVersion> regenerate(long departmentYearId) {
        @SuppressWarnings("unchecked")
        List<DepartmentYear> locked = em.createNativeQuery(
                        "SELECT * FROM department_year WHERE id = ?1 AND due_since IS NOT NULL FOR UPDATE SKIP LOCKED",
                        DepartmentYear.class).setParameter(1, departmentYearId).getResultList();
        if (locked.isEmpty()) {
            return List.of();
        }
        DepartmentYear target = locked.get(0);
        org.jboss.logging.MDC.put("department", target.departmentCode); // cleared by RegenerationWorker
        org.jboss.logging.MDC.put("year", String.valueOf(target.fiscalYear));
        // the regeneration continues the trace of the change that made it due: amendment → event → version
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder("regenerate " + target.departmentCode + ":" + target.fiscalYear)
                .setParent(parentOf(target.traceparent)).startSpan();
        try (io.opentelemetry.context.Scope scope = span.makeCurrent()) {
            return regenerate(target);
        } finally {
            span.end();
        }
    }

    private List<PublicationVersion> regenerate(DepartmentYear target) {
        List<PublicationVersion> created = new ArrayList<>();
        Optional<BudgetSource> held = target.budgetRevision > 0
                ? sources.budgetAt(target.departmentCode, target.fiscalYear, target.budgetRevision) : Optional.empty();
        if (held.isPresent()) {
            BudgetSource current = held.get();
            Optional<BudgetSource> prior = sources.priorYear(target.departmentCode, target.fiscalYear);
            Optional<com.fasterxml.jackson.databind.JsonNode> performance = sources.performance(target.departmentCode,
                    target.fiscalYear, target.performanceRevision);
            Inputs inputs = new Inputs(current, prior, performance, editorial.texts(target.departmentCode, target.fiscalYear));
            Layout layout = layoutOf(target.departmentCode);
            org.openbudget.publication.domain.DocumentChoice choice = org.openbudget.publication.domain.DocumentChoice.findById(
                    new org.openbudget.publication.domain.DocumentChoice.Key(target.departmentCode, target.fiscalYear));
            for (DocumentKind kind : choice == null ? kinds(current) : choice.kinds()) {
                Document document = assembler.assemble(kind, layout, inputs);
                create(target, kind, document, current, prior, performance).ifPresent(created::add);
            }
        }
        // from the first change that made it due to its documents rendered (docs/observability.md)
        registry.timer("openbudget_regeneration_lag", "versions", created.isEmpty() ? "none" : "new")
                .record(java.time.Duration.between(target.dueSince, java.time.Instant.now()));
        created.forEach(v -> registry.counter("openbudget_publication_versions_total", "status", v.status.name()).increment());
        target.dueSince = null;
        target.attempts = 0;
        target.nextAttemptAt = null;
        target.lastError = null;
        return created;
    }

    /** Records a failed attempt (the regeneration's own transaction rolled back) and when to try again. */
    @Transactional
    public void failed(long departmentYearId, Exception error) {
        DepartmentYear target = em.find(DepartmentYear.class, departmentYearId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        target.attempts++;
        long backoff = Math.min(60_000L, 500L * (1L << Math.min(target.attempts, 7)));
        target.nextAttemptAt = Instant.now().plusMillis(backoff);
        String message = error.toString();
        target.lastError = message.length() > 2000 ? message.substring(0, 2000) : message;
        Log.warnf("regenerating %s:%d failed (attempt %d), next in %d ms: %s", target.departmentCode,
                target.fiscalYear, target.attempts, backoff, message);
    }

    /**
     * The 决算 once any 决算 figure exists; before that, the 预算 if there are 预算 figures. (A ledger that has
     * reached 决算 no longer regenerates its 预算: that document's versions stay as they were published.)
     */
    static List<DocumentKind> kinds(BudgetSource source) {
        boolean finalAccounts = source.table("FA01").map(t -> !t.isEmpty()).orElse(false);
        boolean budget = source.table("BA01").map(t -> !t.isEmpty()).orElse(false);
        if (finalAccounts) {
            return List.of(DocumentKind.FINAL_ACCOUNTS);
        }
        return budget ? List.of(DocumentKind.BUDGET) : List.of();
    }

    Layout layoutOf(String departmentCode) {
        DepartmentLayout chosen = DepartmentLayout.findById(departmentCode);
        return chosen == null ? layouts.defaultLayout() : layouts.get(chosen.layoutId);
    }

    private Optional<PublicationVersion> create(DepartmentYear target, DocumentKind kind, Document document,
                                                BudgetSource current, Optional<BudgetSource> prior,
                                                Optional<com.fasterxml.jackson.databind.JsonNode> performance) {
        String hash = sha256(write(document));
        Optional<PublicationVersion> latest = versions.latest(target.departmentCode, target.fiscalYear, kind);
        if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
            return Optional.empty();
        }
        PublicationVersion version = new PublicationVersion();
        version.departmentCode = target.departmentCode;
        version.fiscalYear = target.fiscalYear;
        version.kind = kind;
        version.number = latest.map(v -> v.number + 1).orElse(1);
        version.createdAt = Instant.now();
        version.budgetRevision = current.revision();
        version.performanceRevision = performance.map(p -> p.path("revision").asLong()).orElse(0L);
        version.editorialRevision = target.editorialRevision;
        version.priorYearRevision = prior.map(BudgetSource::revision).orElse(null);
        version.layoutId = document.layoutId();
        version.contentHash = hash;
        io.opentelemetry.api.trace.SpanContext trace = io.opentelemetry.api.trace.Span.current().getSpanContext();
        version.traceId = trace.isValid() ? trace.getTraceId() : null;
        List<String> blocking = blocking(document, current);
        version.blocking = write(blocking);
        version.document = write(document);
        if (blocking.isEmpty()) {
            publish(version, document, SYSTEM, null);
        } else {
            version.status = PublicationVersion.Status.BLOCKED;
        }
        versions.persist(version);
        Log.infof("%s:%d %s version %d %s (budget r%d)", version.departmentCode, version.fiscalYear, kind,
                version.number, version.status, version.budgetRevision);
        return Optional.of(version);
    }

    /**
     * Publishes a BLOCKED version with a recorded reason (the publisher's override of the block), after the fact
     * that it was held back. Only the newest version can be published: an older draft would undo later changes.
     */
    @Transactional
    public PublicationVersion override(String departmentCode, int fiscalYear, DocumentKind kind, int number,
                                       String actor, String reason) {
        PublicationVersion version = versions.byNumber(departmentCode, fiscalYear, kind, number).orElseThrow(() ->
                DomainException.notFound("number", "no version " + number));
        if (version.status != PublicationVersion.Status.BLOCKED) {
            throw DomainException.conflict("number", "version " + number + " is " + version.status + ", not BLOCKED");
        }
        int newest = versions.latest(departmentCode, fiscalYear, kind).map(v -> v.number).orElse(number);
        if (newest != number) {
            throw DomainException.conflict("number", "version " + newest + " is newer; publish that one");
        }
        PublicationArtifact.delete("versionId", version.id);
        publish(version, read(version.document), actor, reason);
        return version;
    }

    private void publish(PublicationVersion version, Document document, String actor, String overrideReason) {
        Optional<PublicationVersion> publicVersion = versions.latestPublished(version.departmentCode, version.fiscalYear,
                version.kind);
        Document published = document;
        if (publicVersion.isPresent()) {
            Correction correction = Correction.between(publicVersion.get().number,
                    withoutCorrection(read(publicVersion.get().document)), withoutCorrection(document));
            version.correction = write(correction);
            version.correctsNumber = publicVersion.get().number;
            published = withCorrection(withoutCorrection(document), correction, version.number);
        }
        version.document = write(published);
        version.status = PublicationVersion.Status.PUBLISHED;
        version.publishedAt = Instant.now();
        version.publishedBy = actor;
        version.overrideReason = overrideReason;
        versions.blockedBefore(version.departmentCode, version.fiscalYear, version.kind, version.number)
                .forEach(v -> v.status = PublicationVersion.Status.SUPERSEDED);
    }

    /** Reasons a document may not go public: open validation errors, and human text still missing. */
    List<String> blocking(Document document, BudgetSource source) {
        List<String> reasons = new ArrayList<>();
        if (source.validation() != null && source.validation().findings() != null) {
            source.validation().findings().stream()
                    .filter(f -> "ERROR".equals(f.severity()) && !nonBlockingRules.contains(f.ruleId()))
                    .forEach(f -> reasons.add("validation " + f.ruleId() + ": " + f.zh() + "（" + f.location() + "）"));
        }
        for (Section section : document.sections()) {
            placeholders(section, reasons);
        }
        return reasons;
    }

    private static void placeholders(Section section, List<String> reasons) {
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph p) {
                p.runs().stream().filter(r -> r instanceof Paragraph.Placeholder)
                        .forEach(r -> reasons.add("missing " + ((Paragraph.Placeholder) r).subject() + " in " + section.heading()));
            }
        }
        section.children().forEach(child -> placeholders(child, reasons));
    }

    static Document withoutCorrection(Document document) {
        List<Section> sections = document.sections().stream().filter(s -> !CORRECTION_SECTION.equals(s.id())).toList();
        return new Document(document.kind(), document.departmentCode(), document.departmentName(), document.fiscalYear(),
                document.title(), document.layoutId(), sections, document.facts());
    }

    /** The 更正说明 as the document's first section: a table of changed cells and one of changed sentences. */
    static Document withCorrection(Document document, Correction correction, int number) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of("correction-lead", "本文件第 " + number + " 版于 "
                + DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai")).format(Instant.now())
                + "发布，更正第 " + correction.againstNumber() + " 版。"
                + (correction.isEmpty() ? "本次仅更新版式，数字与文字无变化。" : "更正内容如下：")));
        if (!correction.cells().isEmpty()) {
            List<Table.Row> rows = correction.cells().stream().map(c -> new Table.Row(Table.RowKind.ITEM, 0, List.of(
                    Table.Cell.text(c.table()), Table.Cell.text(c.row()), Table.Cell.text(c.column()),
                    Table.Cell.text(c.oldValue()), Table.Cell.text(c.newValue())))).toList();
            blocks.add(new Table("correction-cells", "更正表1", "表格数字更正", "单位：万元",
                    List.of(List.of(new Table.HeaderCell("表格", 1, 1), new Table.HeaderCell("行", 1, 1),
                            new Table.HeaderCell("列", 1, 1), new Table.HeaderCell("原公开数", 1, 1),
                            new Table.HeaderCell("更正后", 1, 1))), rows, null));
        }
        if (!correction.texts().isEmpty()) {
            List<Table.Row> rows = correction.texts().stream().map(t -> new Table.Row(Table.RowKind.ITEM, 0, List.of(
                    Table.Cell.text(t.section()), Table.Cell.text(t.oldText()), Table.Cell.text(t.newText())))).toList();
            blocks.add(new Table("correction-texts", "更正表2", "文字更正", "",
                    List.of(List.of(new Table.HeaderCell("章节", 1, 1), new Table.HeaderCell("原文", 1, 1),
                            new Table.HeaderCell("更正后", 1, 1))), rows, null));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(CORRECTION_SECTION, 1, "更正说明", blocks, List.of()));
        sections.addAll(document.sections());
        return new Document(document.kind(), document.departmentCode(), document.departmentName(), document.fiscalYear(),
                document.title(), document.layoutId(), sections, document.facts());
    }

    public Document read(String document) {
        try {
            return json.readValue(document, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document unreadable", e);
        }
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> blockingReasons(PublicationVersion version) {
        try {
            return json.readValue(version.blocking, json.getTypeFactory().constructCollectionType(List.class, String.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
