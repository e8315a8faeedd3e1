package org.kinbridge.gateway.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * {@code /app/} itself and the client's settings; every other file under {@code /app/} is
 * a static resource ({@code spring.webflux.static-path-pattern}).
 */
@Configuration(proxyBeanMethods = false)
public class WebClientRoutes {

	static final String CONFIG_PATH = "/app/config.json";

	private static final Resource INDEX = new ClassPathResource("static/app/index.html");

	@Bean
	RouterFunction<ServerResponse> webClientRouter(WebClientProperties properties) {
		// Read by the browser before it logs in; the same for every user, so it may be
		// cached briefly.
		Map<String, String> settings = Map.of("issuer", properties.issuer(), "clientId", properties.clientId());
		return route(GET("/app").or(GET("/app/")),
				(request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(INDEX))
			.andRoute(GET(CONFIG_PATH),
					(request) -> ServerResponse.ok()
						.contentType(MediaType.APPLICATION_JSON)
						.cacheControl(CacheControl.noCache())
						.bodyValue(settings));
	}

}
