package org.kinbridge.platform.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CurrentActor;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the caller's user id and province into the logging MDC once the token is verified,
 * so that every log line of the request says who asked, without their name.
 */
public class ActorMdcFilter extends OncePerRequestFilter {

	/** MDC key of the token subject. */
	public static final String USER_ID = "userId";

	/** MDC key of the caller's province. */
	public static final String PROVINCE = "province";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Actor> actor = CurrentActor.fromSecurityContext();
		if (actor.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		MDC.put(USER_ID, actor.get().userId());
		MDC.put(PROVINCE, actor.get().province().value());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(USER_ID);
			MDC.remove(PROVINCE);
		}
	}

}
