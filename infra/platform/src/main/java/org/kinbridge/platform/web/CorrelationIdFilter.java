package org.kinbridge.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id before anything else runs, so that even a rejected
 * token is logged and answered with one. A well-formed {@value Correlation#HEADER} from
 * the caller (normally the gateway) is kept; anything else is replaced.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	/** Request attribute holding the id, for code that runs after the MDC was cleared. */
	public static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object earlier = request.getAttribute(ATTRIBUTE);
		String received = (earlier instanceof String id) ? id : request.getHeader(Correlation.HEADER);
		try (Correlation.Scope scope = Correlation.open(received)) {
			request.setAttribute(ATTRIBUTE, scope.id());
			response.setHeader(Correlation.HEADER, scope.id());
			chain.doFilter(request, response);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// The error dispatch runs after the first pass cleared the MDC; it takes the id
		// of
		// the request that failed from the request attribute.
		return false;
	}

}
