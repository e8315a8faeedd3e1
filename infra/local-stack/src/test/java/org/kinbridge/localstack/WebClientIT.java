package org.kinbridge.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kinbridge.localstack.StackUnderTest.STARTUP;

/**
 * The web client in a real headless Chromium against the real local stack, each person
 * logging in at the auth server in a browser of their own: a collaborator reports a child
 * from a phone; the officer assesses the case, records the need for alternative care with
 * its checklist, and proposes a caregiver from the shortlist; the chair decides, the
 * reason being required; the auditor reads the case's history. Screenshots of the main
 * screens land in {@code target/screenshots}.
 */
class WebClientIT {

	/**
	 * While working on the client: the gateway of a stack that runs already, e.g.
	 * {@code -Dkinbridge.it.running-stack=http://localhost:8080
	 * -Dkinbridge.it.running-stack.tokens=.kinbridge/local/tokens}, instead of starting
	 * one.
	 */
	private static final String RUNNING_STACK = "kinbridge.it.running-stack";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String PASSWORD = "kinbridge-demo";

	private static final Path SCREENSHOTS = StackUnderTest.ROOT.resolve("infra/local-stack/target/screenshots");

	private static final String CHILD = "Lê Thị Mỹ Tiên";

	private static final String DECISION_NUMBER = "131/QĐ-UBND";

	@TempDir
	Path dataDir;

	/**
	 * Days a person types that the services check against their own "today": Vietnam's
	 * for matching, the JVM's zone for bean validation, so days before today suit both.
	 */
	private final LocalDate today = LocalDate.now(VIETNAM);

	private String baseUrl;

	@Test
	void takesAReportFromACollaboratorsPhoneToTheChairsPlacementDecisionAndTheAuditorsHistory() throws Exception {
		WebBrowser.assumeInstalled();
		String running = System.getProperty(RUNNING_STACK);
		if (running != null) {
			this.baseUrl = running;
			walkThrough(new Gateway(running, Path.of(System.getProperty(RUNNING_STACK + ".tokens"))));
			return;
		}
		Path launcherJar = StackUnderTest.launcherJarWithBuiltServices();
		Map<String, String> env = StackUnderTest.environment(this.dataDir);
		this.baseUrl = "http://localhost:" + env.get("KINBRIDGE_GATEWAY_PORT");
		try (LauncherProcess stack = LauncherProcess.start(StackUnderTest.ROOT, launcherJar, env,
				this.dataDir.resolve("launcher.out"))) {
			stack.awaitOutput(LocalStack.READY, STARTUP);
			walkThrough(StackUnderTest.gateway(env, this.dataDir));
			stack.terminate(Duration.ofMinutes(2));
		}
	}

	private void walkThrough(Gateway gateway) {
		String caregiverId = EligibleCaregiver.register(gateway, this.today);
		String caseNumber = collaboratorReports();
		String caseId = officerAssessesAndProposes(caseNumber, caregiverId);
		chairDecides();
		auditorReadsTheHistory(caseId);
	}

	/**
	 * Form 01 from a phone: a missing name is shown at its field, then the report goes.
	 */
	private String collaboratorReports() {
		return as("collab.phutan", (browser) -> {
			assertThat(browser.text(By.id("who-am-i"))).contains("Cộng tác viên", "An Giang (91)", "xã Phú Tân");
			browser.screenshot("01-who-am-i");

			browser.click(By.cssSelector("#nav a[href='#/report']"));
			By form = By.id("report-form");
			browser.type(form, "summary", "Cha mẹ đi làm xa, em ở một mình với bà ngoại đã già yếu.");
			browser.choose(form, "children[0].sex", "FEMALE");
			browser.type(form, "children[0].dateOfBirth", day(this.today.minusYears(10).minusMonths(2)));
			browser.check(form, "children[0].concerns", "NEGLECT_OR_ABANDONMENT");
			browser.type(form, "reporter.name", "Võ Thị Lệ");
			browser.submit(form);
			browser.waitForText(By.cssSelector("[data-field='children[0].fullName'] .error"), "Không được để trống");
			browser.screenshot("02-report-error-at-its-field");

			browser.type(form, "children[0].fullName", CHILD);
			browser.submit(form);
			String caseNumber = browser.text(By.cssSelector("#report-done .case-number"));
			assertThat(caseNumber).startsWith("91-");
			browser.screenshot("03-report-sent");

			browser.click(By.cssSelector("#report-done a"));
			browser.waitForText(By.id("caseload"), caseNumber);
			return caseNumber;
		});
	}

	private String officerAssessesAndProposes(String caseNumber, String caregiverId) {
		return as("officer.phutan", (browser) -> {
			browser.click(By.cssSelector("#nav a[href='#/cases']"));
			browser.waitForText(By.id("caseload"), caseNumber);
			browser.screenshot("04-caseload-overdue-first");
			WebElement card = browser.all(By.cssSelector("#caseload li"))
				.stream()
				.filter((item) -> item.getText().contains(caseNumber))
				.findFirst()
				.orElseThrow();
			String caseId = card.getDomAttribute("data-case-id");
			browser.go("#/cases/" + caseId);

			By assessment = By.id("initial-assessment-form");
			browser.choose(assessment, "riskLevel", "HIGH");
			browser.type(assessment, "findings", "Em không có người chăm sóc; bà ngoại không đủ sức nuôi.");
			browser.submit(assessment);

			By need = By.id("need-form");
			browser.choose(need, "category", "PARENTS_UNABLE_TO_CARE");
			browser.type(need, "reason", "Cha mẹ đi làm xa, không liên lạc được; bà ngoại già yếu.");
			browser.check(need, "careTypesSought", "NON_RELATIVE");
			browser.check(need, "careTypesSought", "EMERGENCY");
			browser.submit(need);

			for (String item : new String[] { "BIRTH_CERTIFICATE_OR_ID", "HEALTH_RECORD", "ASSESSMENT_FORM_10",
					"PHOTOS" }) {
				By dossier = By.cssSelector("form[data-form='dossier-" + item + "']");
				browser.type(dossier, "evidenceRef", "HS-" + item);
				if (item.equals("PHOTOS")) {
					browser.type(dossier, "takenOn", day(this.today.minusDays(2)));
				}
				browser.submit(dossier);
				browser.waitUntilGone(dossier);
			}
			By consent = By.cssSelector("form[data-form='consent']");
			browser.type(consent, "givenBy", "Huỳnh Thị Sen");
			browser.type(consent, "givenByRelation", "bà ngoại");
			browser.type(consent, "documentRef", "DY-2026-44");
			browser.submit(consent);
			browser.waitUntilGone(consent);
			browser.screenshot("05-alternative-care-checklist");
			By opinion = By.cssSelector("form[data-form='child-opinion']");
			browser.type(opinion, "obtainedOn", day(this.today.minusDays(1)));
			browser.type(opinion, "summary", "Em đồng ý ở với một gia đình trong xã.");
			browser.submit(opinion);
			browser.waitUntilGone(opinion);

			browser.submit(By.id("confirm-need-form"));
			browser.waitFor(By.id("find-carers"));
			browser.screenshot("06-case-timeline");
			browser.click(By.id("find-carers"));

			// matching-service learns of the need over Kafka: the screen says so until
			// then.
			await("the waiting child in matching-service").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(2))
				.ignoreExceptions()
				.until(() -> {
					if (!browser.all(By.id("retry")).isEmpty()) {
						browser.click(By.id("retry"));
					}
					return !browser.all(By.id("make-shortlist")).isEmpty();
				});
			By candidate = By.cssSelector("li.candidate[data-caregiver-id='" + caregiverId + "']");
			await("the caregiver on the shortlist").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(2))
				.ignoreExceptions()
				.until(() -> {
					browser.submit(By.id("make-shortlist"));
					browser.waitFor(By.id("shortlist"));
					return !browser.all(candidate).isEmpty();
				});
			assertThat(browser.text(candidate)).contains("Võ Thị Hạnh");
			browser.screenshot("07-shortlist-with-explanations");

			By propose = By.cssSelector("form.propose-form[data-caregiver-id='" + caregiverId + "']");
			browser.choose(propose, "careType", "NON_RELATIVE");
			browser.type(propose, "reason", "Cùng xã, cùng dân tộc và tôn giáo; gia đình đã được xét duyệt.");
			browser.submit(propose);

			By consentOfCaregiver = By.id("caregiver-consent-form");
			browser.type(consentOfCaregiver, "note", "Chị Hạnh đồng ý nhận chăm sóc.");
			browser.submit(consentOfCaregiver);
			By childHeard = By.id("placement-opinion-form");
			browser.type(childHeard, "opinion", "Em muốn ở với cô Hạnh.");
			browser.submit(childHeard);
			browser.waitForText(By.id("placement-state"), "Đã lấy ý kiến trẻ");
			browser.screenshot("08-placement-proposed");

			browser.click(By.cssSelector("#nav a[href='#/caregivers']"));
			browser.click(By.cssSelector("#caregivers a[href='#/caregivers/" + caregiverId + "']"));
			browser.waitForText(By.id("vetting-checklist"), "PASSED");
			browser.screenshot("13-caregiver-vetting-checklist");
			return caseId;
		});
	}

	/** The reason is required: without it the error stands at the field. */
	private void chairDecides() {
		as("chair.phutan", (browser) -> {
			browser.click(By.cssSelector("#nav a[href='#/placements']"));
			browser.waitForText(By.id("placements"), CHILD);
			browser.screenshot("09-placements-to-decide");
			browser.click(By.cssSelector("#placements li:first-child h2 a"));

			By decision = By.id("decision-form");
			browser.type(decision, "decisionNumber", DECISION_NUMBER);
			browser.submit(decision);
			browser.waitForText(By.cssSelector("#decision-form [data-field='reason'] .error"), "Không được để trống");
			browser.screenshot("10-decision-needs-a-reason");

			browser.type(decision, "reason", "Gia đình đủ điều kiện, trẻ đồng ý.");
			browser.submit(decision);
			browser.waitForText(By.id("placement-state"), "Đã có quyết định giao, nhận");
			browser.screenshot("11-placement-decided");
			return null;
		});
	}

	/**
	 * The audit log's history where the audit API runs; otherwise the screen says it is
	 * unavailable and shows the history the case keeps, with the chair's decision.
	 */
	private void auditorReadsTheHistory(String caseId) {
		as("auditor.angiang", (browser) -> {
			browser.go("#/audit/" + caseId);
			await("the decision in the auditor's history").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(2))
				.ignoreExceptions()
				.until(() -> {
					browser.refresh();
					browser.waitFor(By.cssSelector("#audit-history, #audit-unavailable"));
					return browser.text(By.id("main")).contains(DECISION_NUMBER);
				});
			browser.screenshot("12-auditor-history");
			return null;
		});
	}

	/**
	 * {@code steps} in a browser of the user's own, logged in; a failed step leaves a
	 * screenshot of what the user saw.
	 */
	private <T> T as(String user, Function<WebBrowser, T> steps) {
		try (WebBrowser browser = WebBrowser.open(this.baseUrl, SCREENSHOTS)) {
			browser.logIn(user, PASSWORD);
			try {
				return steps.apply(browser);
			}
			catch (RuntimeException | AssertionError ex) {
				browser.screenshot("failed-" + user);
				throw ex;
			}
		}
	}

	private static String day(LocalDate date) {
		return date.format(DAY);
	}

}
