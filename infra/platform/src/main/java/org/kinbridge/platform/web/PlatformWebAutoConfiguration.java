package org.kinbridge.platform.web;

import java.time.Clock;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem responses and correlation ids for every servlet service. Runs before Boot's MVC
 * and error-page configuration so that Boot's own problem handler and error controller
 * step back.
 */
@AutoConfiguration(before = { WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class },
		after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
public class PlatformWebAutoConfiguration {

	/**
	 * Ahead of the security filters (-100), so that rejected requests carry an id too.
	 */
	public static final int CORRELATION_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	@ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
	public ProblemExceptionHandler problemExceptionHandler() {
		return new ProblemExceptionHandler();
	}

	@Bean
	@ConditionalOnMissingBean
	public ProblemResponseWriter problemResponseWriter(ObjectMapper objectMapper) {
		return new ProblemResponseWriter(objectMapper);
	}

	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	public ProblemErrorController problemErrorController(ProblemResponseWriter problemResponseWriter) {
		return new ProblemErrorController(problemResponseWriter);
	}

	@Bean
	public ValidationInVietnam validationInVietnam() {
		return new ValidationInVietnam(Clock.systemUTC());
	}

	@Bean
	public FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(CORRELATION_FILTER_ORDER);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
		return registration;
	}

}
