package org.kinbridge.family.capacity;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinbridge.family.FamilyWebTestSupport;
import org.kinbridge.family.capacity.api.ReleaseCapacity;
import org.kinbridge.family.capacity.api.ReserveCapacity;
import org.kinbridge.family.caregiver.CaregiverSamples;
import org.kinbridge.family.caregiver.api.Acting;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Places taken or given back by hand: a correction of the province with a reason, since
 * places follow matching's placements.
 */
@WebMvcTest(CapacityController.class)
class CapacityCorrectionWebTest extends FamilyWebTestSupport {

	private static final String PATH = "/api/families/caregivers/" + CaregiverSamples.ID + "/capacity/reservations";

	private static final String CORRECTION = """
			{ "placementRef": "legacy-1", "reason": "Trẻ được giao trước khi dùng KinBridge." }
			""";

	@Test
	void aProvinceOfficerOrPlatformAdministratorCorrectsWithAReason() throws Exception {
		this.mvc.perform(post(PROVINCE, PATH, CORRECTION)).andExpect(status().isOk());
		verify(this.commands)
			.sendAndWait(new ReserveCapacity(CaregiverSamples.ID, "legacy-1", "Trẻ được giao trước khi dùng KinBridge.",
					new Acting("province.angiang", "PROVINCE_OFFICER", "91", null, CaregiverSamples.NOW)));
		this.mvc
			.perform(MockMvcRequestBuilders.delete(PATH + "/legacy-1")
				.param("reason", "Trẻ đã về với mẹ.")
				.header("Authorization", "Bearer " + ADMIN))
			.andExpect(status().isOk());
		verify(this.commands).sendAndWait(new ReleaseCapacity(CaregiverSamples.ID, "legacy-1", "Trẻ đã về với mẹ.",
				new Acting("admin.angiang", "PLATFORM_ADMIN", "91", null, CaregiverSamples.NOW)));
	}

	@Test
	void communeStaffAuditorsAndAnalystsMayNotTakeAPlaceByHand() throws Exception {
		for (String token : List.of(OFFICER, CHAIR, AUDITOR, ANALYST)) {
			this.mvc.perform(post(token, PATH, CORRECTION)).andExpect(status().isForbidden());
		}
		verify(this.commands, never()).sendAndWait(any());
	}

	@Test
	void aCorrectionWithoutAReasonIsRefusedOnTheReasonField() throws Exception {
		this.mvc.perform(post(PROVINCE, PATH, """
				{ "placementRef": "legacy-1" }
				""")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(MockMvcRequestBuilders.delete(PATH + "/legacy-1").header("Authorization", "Bearer " + PROVINCE))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		verify(this.commands, never()).sendAndWait(any());
	}

}
