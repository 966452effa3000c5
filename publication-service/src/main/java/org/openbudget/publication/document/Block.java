package org.openbudget.publication.document;

/** Content of a section: text, a table, a chart. */
public sealed interface Block permits Paragraph, Table, Chart {
}
