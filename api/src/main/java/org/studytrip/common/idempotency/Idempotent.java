package org.studytrip.common.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that a client may safely send again with the same {@code Idempotency-Key}: the first answer is replayed
 * ({@link IdempotencyInterceptor}). Every POST carries it; the contract filter refuses to describe one without it.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
