package org.openbudget.publication;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.openbudget.local.RealInfrastructureResource;

/**
 * Every @QuarkusTest of this module runs against the JVM's real broker and its own real PostgreSQL database, with
 * budget-service's REST API played back by {@link FakeBudgetService}.
 */
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "publication"))
@QuarkusTestResource(FakeBudgetService.class)
public class RealInfrastructure {
}
