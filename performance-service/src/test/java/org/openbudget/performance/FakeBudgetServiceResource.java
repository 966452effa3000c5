package org.openbudget.performance;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module reads budget-service's REST API from {@link FakeBudgetService}. */
@QuarkusTestResource(FakeBudgetService.class)
public class FakeBudgetServiceResource {
}
