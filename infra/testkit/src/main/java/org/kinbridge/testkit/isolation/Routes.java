package org.kinbridge.testkit.isolation;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes a running service really has, read from its handler mappings rather than
 * written down, so that the matrix is checked against what ships.
 */
public final class Routes {

	private Routes() {
	}

	/**
	 * @param mappings the service's annotated controller mappings
	 * @param prefix only paths under it count, e.g. {@code /api/}
	 * @return every route as {@code METHOD /path/{var}}
	 * @throws AssertionError for a mapping without an explicit method, which would answer
	 * every method and so cannot be listed
	 */
	public static Set<String> of(RequestMappingHandlerMapping mappings, String prefix) {
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			for (String path : info.getPatternValues()) {
				if (path.startsWith(prefix)) {
					add(routes, info, path, handler.toString());
				}
			}
		});
		return routes;
	}

	private static void add(Set<String> routes, RequestMappingInfo info, String path, String handler) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		if (methods.isEmpty()) {
			throw new AssertionError(handler + " maps " + path + " for every HTTP method; name the method.");
		}
		methods.forEach((method) -> routes.add(method.name() + " " + path));
	}

}
