package org.kinbridge.family.communes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The {@link CommuneGiven#communeCode() commune} of the request is a commune in the
 * platform's administrative-unit register on the day it must be valid. A problem is
 * reported on the {@code communeCode} field; whether the caller may act there is
 * {@link CommuneScope}'s question.
 */
@Documented
@Constraint(validatedBy = KnownCommuneValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownCommune {

	String message() default "is not a commune of the administrative-unit register";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
