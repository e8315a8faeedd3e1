package org.kinbridge.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinbridge.platform.audit.AccessLog.Shown;
import org.kinbridge.platform.tenancy.Actor;
import org.kinbridge.platform.tenancy.CommuneCode;
import org.kinbridge.platform.tenancy.ProvinceCode;
import org.kinbridge.platform.tenancy.Role;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A read whose record cannot be written fails, and only a service that names what it
 * shows gets an access log.
 */
class AccessLogTest {

	private static final Actor OFFICER = new Actor("officer.phutan", "Officer", Set.of(Role.COMMUNE_OFFICER),
			ProvinceCode.of("91"), CommuneCode.of("30406"));

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations
		.of(MongoAutoConfiguration.class, MongoDataAutoConfiguration.class, AccessLogAutoConfiguration.class));

	@Test
	void failsTheReadWhenItsRecordCannotBeWritten() {
		MongoTemplate mongo = mock(MongoTemplate.class);
		doThrow(new DataAccessResourceFailureException("database down")).when(mongo)
			.insert(anyCollection(), eq(AccessRecord.class));
		AccessLog log = new AccessLog(mongo, Clock.systemUTC(), "case");

		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(() -> log.recordReads(OFFICER,
				Role.COMMUNE_OFFICER, List.of(new Shown("case-1", "91-2026-000001", "91", "30406")),
				"GET /api/cases/{caseId}", "CASE_VIEW"));
	}

	@Test
	void refusesToLogReadsOfNothingInParticular() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AccessLog(mock(MongoTemplate.class), Clock.systemUTC(), " "))
			.withMessageContaining("subject type");
	}

	@Test
	void givesAServiceThatNamesWhatItShowsAnAccessLog() {
		this.runner.withPropertyValues("kinbridge.access-log.subject-type=caregiver")
			.run((context) -> assertThat(context).hasSingleBean(AccessLog.class));
	}

	@Test
	void givesAServiceThatShowsNoRecordsNoAccessLog() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(AccessLog.class));
	}

}
