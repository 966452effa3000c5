package org.openbudget.performance.resource.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;

import java.lang.annotation.Annotation;

/** Checks {@link DepartmentScoped} methods before they run; the rule itself is {@link DepartmentAccess}. */
@DepartmentScoped
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class DepartmentScopeInterceptor {

    @Inject
    DepartmentAccess access;

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        Annotation[][] annotations = context.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof PathParam p && p.value().equals("departmentCode")) {
                    access.checkWrite((String) context.getParameters()[i]);
                }
            }
        }
        return context.proceed();
    }
}
