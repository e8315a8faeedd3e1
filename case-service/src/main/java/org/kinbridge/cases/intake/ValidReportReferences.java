package org.kinbridge.cases.intake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The codes of a report resolve in the caller's province on the day it was received:
 * communes in the administrative-unit register, special circumstances in the province's
 * code list; and each child was born before the report, and is under 18 on that day.
 */
@Documented
@Constraint(validatedBy = ReportReferencesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidReportReferences {

	String message() default "refers to unknown codes";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
