package com.truereach.job;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import com.truereach.domain.Platform;

/** A social platform as a definition spells it ({@code x}, {@code twitter}, {@code instagram}...); null is valid. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SocialPlatform.Check.class)
@interface SocialPlatform {

	String message() default "unknown platform '${validatedValue}' (known: x, instagram, facebook, linkedin, tiktok, youtube)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	final class Check implements ConstraintValidator<SocialPlatform, String> {

		/** The social platform {@code text} names, or null when it names none. */
		static Platform parse(String text) {
			try {
				Platform platform = Platform.parse(text);
				return platform.isSocial() ? platform : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || parse(value) != null;
		}
	}
}
