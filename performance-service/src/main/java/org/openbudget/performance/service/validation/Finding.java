package org.openbudget.performance.service.validation;

/** One violation of a rule: the subject (department-wide or project:code), where, what was expected and found. */
public record Finding(String ruleId, Rule.Severity severity, String zh, String en, String subject, String location,
                      String expected, String actual) {
}
