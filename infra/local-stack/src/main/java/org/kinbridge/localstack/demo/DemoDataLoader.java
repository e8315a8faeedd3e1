package org.kinbridge.localstack.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kinbridge.localstack.jwt.DemoUser;

/**
 * Loads the demo data through the gateway, once per province, and checks that the
 * caregivers reached the matching service's own view (which is fed from Kafka, not from a
 * shared database).
 */
public final class DemoDataLoader {

	private static final String CAREGIVERS = "/api/families/caregivers";

	private static final String REPORTS = "/api/cases/reports";

	private static final String MATCHING_CAREGIVERS = "/api/matching/caregivers";

	private final GatewayClient gateway;

	private final Map<String, String> tokens;

	private final PrintStream out;

	private final Clock clock;

	public DemoDataLoader(GatewayClient gateway, Map<String, String> tokens, PrintStream out, Clock clock) {
		this.gateway = gateway;
		this.tokens = tokens;
		this.out = out;
		this.clock = clock;
	}

	public void loadIfMissing() {
		if (load("An Giang (91), xã Phú Tân", "officer.phutan", DemoData.anGiangCaregivers(),
				DemoData.anGiangReports(this.clock))) {
			loadRoster(DemoUser.PHU_TAN, "officer.phutan", DemoData.phuTanHamlets(),
					DemoData.phuTanCollaborators(this.clock));
		}
		load("TP. Hồ Chí Minh (79), phường Sài Gòn", "officer.saigon", DemoData.saigonCaregivers(),
				DemoData.saigonReports(this.clock));
	}

	/** Whether it loaded the data now, rather than finding it loaded before. */
	private boolean load(String where, String officer, List<DemoData.Caregiver> caregivers,
			List<DemoData.Report> reports) {
		String token = this.tokens.get(officer);
		int existing = this.gateway.getList(CAREGIVERS, token).size();
		if (existing > 0) {
			this.out.println("Demo data of " + where + " is already loaded (" + count(existing, "caregiver")
					+ "): not loading it again");
			return false;
		}
		for (DemoData.Caregiver caregiver : caregivers) {
			this.gateway.post(CAREGIVERS, token, caregiver);
		}
		for (DemoData.Report report : reports) {
			this.gateway.post(REPORTS, token, report);
		}
		this.out
			.println("Loaded demo data of " + where + " through the gateway: " + count(caregivers.size(), "caregiver")
					+ ", " + count(reports.size(), "report") + " (as " + officer + ")");
		return true;
	}

	private void loadRoster(String commune, String officer, List<DemoData.Hamlet> hamlets,
			List<DemoData.Collaborator> collaborators) {
		String token = this.tokens.get(officer);
		String roster = "/api/cases/communes/" + commune;
		for (DemoData.Hamlet hamlet : hamlets) {
			this.gateway.post(roster + "/hamlets", token, hamlet);
		}
		for (DemoData.Collaborator collaborator : collaborators) {
			this.gateway.post(roster + "/collaborators", token, collaborator);
		}
		this.out.println("Loaded the roster of commune " + commune + ": " + count(hamlets.size(), "hamlet") + ", "
				+ count(collaborators.size(), "collaborator"));
	}

	/**
	 * Waits until the matching service lists as many An Giang caregivers as the family
	 * service.
	 */
	public void awaitMatchingView(Duration timeout) {
		String token = this.tokens.get("officer.phutan");
		int registered = this.gateway.getList(CAREGIVERS, token).size();
		Instant deadline = this.clock.instant().plus(timeout);
		int seen = 0;
		while (this.clock.instant().isBefore(deadline) && !Thread.currentThread().isInterrupted()) {
			seen = this.gateway.getList(MATCHING_CAREGIVERS, token).size();
			if (seen >= registered) {
				this.out.println("Matching service sees " + seen + " of " + registered
						+ " An Giang caregivers (delivered through Kafka)");
				return;
			}
			pause();
		}
		this.out.println("Matching service sees only " + seen + " of " + registered + " An Giang caregivers after "
				+ timeout.toSeconds() + " s: see logs/matching-service.log and logs/family-service.log");
	}

	private static String count(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static void pause() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
