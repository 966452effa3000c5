package org.openbudget.performance.domain;

/** A 自评 is a draft until finalised; finalising checks that it is complete. */
public enum EvaluationStatus { DRAFT, FINALISED }
