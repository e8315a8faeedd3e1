package org.kinbridge.platform.replay;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.Role;
import org.kinbridge.platform.tenancy.TenantGuard;
import org.kinbridge.platform.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The replay endpoints every service has under its own path. Starting one rebuilds a read
 * model of every province, so it is the platform administrator's; auditors may follow
 * them. Replays show no data of any province, only counts.
 */
@RestController
@RequestMapping("${kinbridge.replay.path}")
public class ReplayController {

	private static final Role[] STARTERS = { Role.PLATFORM_ADMIN };

	private static final Role[] FOLLOWERS = { Role.PLATFORM_ADMIN, Role.AUDITOR };

	private final Replays replays;

	private final TenantGuard tenant;

	public ReplayController(Replays replays, TenantGuard tenant) {
		this.replays = replays;
		this.tenant = tenant;
	}

	/**
	 * @return 202 with the replay, which goes on in the background
	 */
	@PostMapping
	public ResponseEntity<Replay> start(@Valid @RequestBody ReplayRequest request) {
		Actor actor = this.tenant.requireAnyRole(STARTERS);
		Replay replay = this.replays.start(request.processor(), actor.userId());
		return ResponseEntity.accepted().location(URI.create(replay.id())).body(replay);
	}

	@GetMapping
	public List<Replay> list() {
		this.tenant.requireAnyRole(FOLLOWERS);
		return this.replays.list();
	}

	@GetMapping("/{replayId}")
	public Replay get(@PathVariable String replayId) {
		this.tenant.requireAnyRole(FOLLOWERS);
		return this.replays.find(replayId).orElseThrow(() -> new NotFoundException("No replay " + replayId));
	}

	/**
	 * @param processor the processing group to rebuild, one of
	 * {@code kinbridge.replay.processors}
	 */
	public record ReplayRequest(@NotBlank @Size(max = 100) String processor) {
	}

}
