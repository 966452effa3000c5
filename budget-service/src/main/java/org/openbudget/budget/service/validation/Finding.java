package org.openbudget.budget.service.validation;

/** One violation of a rule: where, what was expected and what was found. */
public record Finding(String ruleId, Rule.Severity severity, String zh, String en, String location, String expected,
                      String actual) {
}
