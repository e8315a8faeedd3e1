package org.kinbridge.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.StringUtils;

/**
 * Puts the settings that every KinBridge service shares behind everything else, so that a
 * service's own configuration, environment variables and command line always win. The
 * settings are in {@value #DEFAULTS}.
 *
 * <p>
 * The JWT key location is mapped from {@value #PUBLIC_KEY_VARIABLE} only when that
 * variable is set; without it, {@link UnconfiguredJwtDecoderAutoConfiguration} refuses
 * every token.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** Name of the property source holding the defaults. */
	public static final String SOURCE_NAME = "kinbridgePlatformDefaults";

	static final String DEFAULTS = "kinbridge-platform-defaults.properties";

	static final String PUBLIC_KEY_VARIABLE = "KINBRIDGE_JWT_PUBLIC_KEY";

	static final String PUBLIC_KEY_LOCATION = "spring.security.oauth2.resourceserver.jwt.public-key-location";

	static final String UPDATE_CHECKER = "axoniq.update-checker.disabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// Axon reads this as a system property before Spring's environment is consulted.
		if (System.getProperty(UPDATE_CHECKER) == null) {
			System.setProperty(UPDATE_CHECKER, "true");
		}
		if (environment.getPropertySources().contains(SOURCE_NAME)) {
			return;
		}
		Map<String, Object> defaults = new LinkedHashMap<>();
		load().forEach((key, value) -> defaults.put(key.toString(), value));
		if (StringUtils.hasText(environment.getProperty(PUBLIC_KEY_VARIABLE))) {
			defaults.put(PUBLIC_KEY_LOCATION, "${" + PUBLIC_KEY_VARIABLE + "}");
		}
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
	}

	private static Properties load() {
		try {
			return PropertiesLoaderUtils.loadProperties(new ClassPathResource(DEFAULTS));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + DEFAULTS, ex);
		}
	}

	@Override
	public int getOrder() {
		// After Boot's config data, so that the key variable can also come from there.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
