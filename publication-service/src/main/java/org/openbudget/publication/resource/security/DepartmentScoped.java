package org.openbudget.publication.resource.security;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write to one department's data: the caller must be an admin or hold the department (or one of its parents) in
 * its token's {@code departments} claim. The department is the method's {@code @PathParam("departmentCode")}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DepartmentScoped {
}
