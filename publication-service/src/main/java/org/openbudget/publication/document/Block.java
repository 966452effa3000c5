package org.openbudget.publication.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Content of a section: text, a table, a chart (typed in JSON so a stored document reads back as it was). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Table.class, name = "table"),
        @JsonSubTypes.Type(value = Chart.class, name = "chart")})
public sealed interface Block permits Paragraph, Table, Chart {
}
