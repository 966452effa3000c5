package org.openbudget.publication;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.openbudget.local.RealInfrastructureResource;

/** Every @QuarkusTest of this module runs against the JVM's real broker and its own real PostgreSQL database. */
@QuarkusTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "publication"))
public class RealInfrastructure {
}
