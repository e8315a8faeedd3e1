package org.kinbridge.cases.referral;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A transfer names the receiving province and commune, and every code given exists in the
 * administrative-unit register today, the commune within the province.
 */
@Documented
@Constraint(validatedBy = ReferralTargetValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidReferralTarget {

	String message() default "refers to an unknown place";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
