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
 * from a phone; the officer assesses the case, drafts and submits the plan, refers the
 * child on the consent of the guardian and the child's opinion, records the need for
 * alternative care with its checklist, and proposes a caregiver from the shortlist; the
 * chair decides, the reason being required, and approves the plan; the auditor reads the
 * case's history. Screenshots of the main screens land in {@code target/screenshots}.
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
		chairApprovesThePlan(caseId);
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
			officerDraftsAndSubmitsThePlan(browser);
			officerRefersTheChild(browser);

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

	/**
	 * The specific assessment with its case meeting, then the plan (Form 04), drafted and
	 * submitted to the chair.
	 */
	private void officerDraftsAndSubmitsThePlan(WebBrowser browser) {
		By specific = By.id("specific-assessment-form");
		browser.choose(specific, "riskLevel", "HIGH");
		browser.type(specific, "findings", "Bà ngoại không đủ sức chăm sóc; cha mẹ không liên lạc được.");
		browser.type(specific, "meeting.heldOn", day(this.today.minusDays(1)));
		browser.type(specific, "meeting.participants[0].name", "Trần Thị Cúc");
		browser.type(specific, "meeting.participants[0].capacity", "Cán bộ bảo vệ trẻ em xã");
		browser.type(specific, "meeting.conclusions", "Lập kế hoạch hỗ trợ và tìm gia đình chăm sóc thay thế.");
		browser.submit(specific);

		By plan = By.id("plan-form");
		browser.type(plan, "goals", "Em được chăm sóc an toàn\nEm tiếp tục đi học");
		browser.type(plan, "startsOn", day(this.today));
		browser.type(plan, "endsOn", day(this.today.plusMonths(3)));
		browser.type(plan, "actions[0].description", "Tìm gia đình nhận chăm sóc thay thế trong xã");
		browser.type(plan, "actions[0].responsibleService", "UBND xã Phú Tân");
		browser.type(plan, "actions[0].dueBy", day(this.today.plusMonths(1)));
		browser.submit(plan);
		browser.waitForText(By.id("plan-status"), "Dự thảo");
		browser.submit(By.id("submit-plan-form"));
		browser.waitForText(By.id("plan-status"), "Chờ Chủ tịch phê duyệt");
		browser.screenshot("14-plan-submitted");
	}

	/**
	 * A referral to a hospital: a missing consent name stands at its field, the missing
	 * opinion of a child of ten at the opinions, then it goes and shows as sent.
	 */
	private void officerRefersTheChild(WebBrowser browser) {
		browser.click(By.cssSelector("#new-referral summary"));
		By referral = By.id("referral-form");
		browser.choose(referral, "target.type", "HEALTH");
		browser.type(referral, "target.name", "Bệnh viện Đa khoa khu vực Tân Châu");
		browser.type(referral, "purpose", "Khám sức khỏe trước khi giao trẻ cho gia đình chăm sóc thay thế.");
		browser.check(referral, "sharedItems", "IDENTITY");
		browser.check(referral, "sharedItems", "HEALTH");
		browser.type(referral, "consent.documentReference", "DY-2026-45");
		browser.submit(referral);
		browser.waitForText(By.cssSelector("#referral-form [data-field='consent.name'] .error"), "Không được để trống");

		browser.type(referral, "consent.name", "Huỳnh Thị Sen");
		browser.choose(referral, "consent.givenBy", "GUARDIAN");
		browser.submit(referral);
		browser.waitForText(By.cssSelector("#referral-form [data-field='childOpinions'] .error"),
				"Phải lấy ý kiến của trẻ");
		browser.screenshot("15-referral-consent-gate");

		String opinion = browser.all(By.cssSelector("#referral-form fieldset.child-opinion"))
			.get(0)
			.getDomAttribute("data-child-id");
		browser.type(referral, "opinion." + opinion + ".summary", "Em đồng ý đi khám.");
		browser.submit(referral);
		browser.waitForText(By.cssSelector("#referrals .referral-status"), "Đã gửi, chờ trả lời");
		browser.screenshot("16-referral-sent");
	}

	/** The chair approves the submitted plan, which the timeline then shows in words. */
	private void chairApprovesThePlan(String caseId) {
		as("chair.phutan", (browser) -> {
			browser.go("#/cases/" + caseId);
			browser.waitForText(By.id("plan-status"), "Chờ Chủ tịch phê duyệt");
			browser.submit(By.id("approve-plan-form"));
			browser.waitForText(By.id("plan-status"), "Đã phê duyệt");
			browser.waitForText(By.id("timeline"), "Chủ tịch UBND xã phê duyệt kế hoạch");
			assertThat(browser.text(By.id("timeline")))
				.contains("Chuyển gửi: Cơ sở y tế", "Xác nhận trẻ đủ điều kiện chăm sóc thay thế")
				.doesNotContain("Recorded", "Identified");
			browser.screenshot("17-plan-approved-timeline");
			return null;
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
	 * The audit component's history of the case, each event in Vietnamese words with its
	 * service and main inputs, and its verification: the local stack signs a checkpoint
	 * after every decision, so the history becomes verified and the chair's decision
	 * reads as included in the signed checkpoint.
	 */
	private void auditorReadsTheHistory(String caseId) {
		By decided = By.cssSelector("#audit-history tr[data-type='org.kinbridge.matching.placement-decided.v1']");
		as("auditor.angiang", (browser) -> {
			browser.go("#/audit/" + caseId);
			await("the chair's decision in the audit log, vouched for by a signed checkpoint")
				.atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(2))
				.ignoreExceptions()
				.until(() -> {
					browser.refresh();
					browser.waitFor(By.id("audit-history"));
					WebElement state = browser.waitFor(By.id("verification-state"));
					return "true".equals(state.getAttribute("data-verified"))
							&& browser.text(decided).contains(DECISION_NUMBER);
				});
			assertThat(browser.text(By.id("verification-state"))).contains("Toàn vẹn");
			assertThat(browser.text(decided))
				.contains("Quyết định giao, nhận trẻ", "Ghép nối, giao nhận", "Số quyết định: " + DECISION_NUMBER,
						"Có trong điểm kiểm chứng đã ký")
				.doesNotContain("org.kinbridge.", "placement-decided");
			assertThat(browser.text(By.id("audit-history"))).contains("Đánh giá nguy cơ ban đầu",
					"Đề xuất người nhận chăm sóc thay thế");
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
