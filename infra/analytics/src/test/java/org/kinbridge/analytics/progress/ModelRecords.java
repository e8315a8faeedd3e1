package org.kinbridge.analytics.progress;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

/** Analytics records of a made-up province history, as the figures read them. */
final class ModelRecords {

	private final List<StoredRecord> records = new ArrayList<>();

	private int next;

	ModelRecords need(String needId, String caseId, String commune, String on) {
		return add(ModelState.NEEDED, on, "91",
				new Document("needId", needId).append("caseId", caseId).append("communeCode", commune));
	}

	ModelRecords needEnded(String needId, String commune, String on) {
		return add(ModelState.NEED_ENDED, on, "91",
				new Document("needId", needId).append("communeCode", commune).append("reason", "RETURNED_TO_FAMILY"));
	}

	ModelRecords handover(String caseId, String toProvince, String toCommune, String on) {
		return add(ModelState.HANDED_OVER, on, "91",
				new Document("caseId", caseId).append("fromProvinceCode", "91")
					.append("toProvinceCode", toProvince)
					.append("toCommuneCode", toCommune));
	}

	ModelRecords placement(String type, String placementId, String needId, String commune, String on, Document more) {
		Document data = new Document("placementId", placementId).append("needId", needId)
			.append("communeCode", commune);
		data.putAll(more);
		return add(type, on, "91", data);
	}

	ModelRecords placement(String type, String placementId, String needId, String commune, String on) {
		return placement(type, placementId, needId, commune, on, new Document());
	}

	private ModelRecords add(String type, String on, String province, Document data) {
		data.append("on", on).append("provinceCode", province);
		List<String> provinces = new ArrayList<>(List.of(province));
		if (data.getString("toProvinceCode") != null && !provinces.contains(data.getString("toProvinceCode"))) {
			provinces.add(data.getString("toProvinceCode"));
		}
		this.records.add(new StoredRecord("r" + this.next++, type, provinces, on, data));
		return this;
	}

	RecordStore store() {
		List<StoredRecord> all = List.copyOf(this.records);
		return new RecordStore(null) {

			@Override
			public List<StoredRecord> ofProvince(String provinceCode) {
				// Reversed: the figures must not rest on the order Kafka delivered in.
				List<StoredRecord> mine = new ArrayList<>(
						all.stream().filter(record -> record.provinces().contains(provinceCode)).toList());
				java.util.Collections.reverse(mine);
				return mine;
			}

			@Override
			public List<StoredRecord> needsOfCases(java.util.Collection<String> caseIds) {
				return all.stream()
					.filter(record -> caseIds.contains(record.data().getString("caseId")))
					.filter(record -> record.type().equals(ModelState.NEEDED)
							|| record.type().equals(ModelState.NEED_ENDED))
					.toList();
			}

		};
	}

}
