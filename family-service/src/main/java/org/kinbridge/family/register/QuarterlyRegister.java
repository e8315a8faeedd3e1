package org.kinbridge.family.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.kinbridge.family.reading.QuarterlyRegisterEntry;

/**
 * A commune's quarterly report of its register to the province (Decree 56/2017: the
 * commune chair keeps the list and reports it every quarter): who is on it at the end of
 * the quarter, and what changed during it.
 *
 * @param asOf the day the list is judged on: the quarter's last day, or today while the
 * quarter is still running
 * @param preparedBy the name of the person who drew it up
 */
public record QuarterlyRegister(String provinceCode, String provinceName, String communeCode, String communeName,
		int year, int quarter, LocalDate from, LocalDate to, LocalDate asOf, List<QuarterlyRegisterEntry> entries,
		Counts counts, String preparedBy, String preparedByRole, Instant preparedAt) {

	/**
	 * @param eligible eligible at the end of the quarter
	 * @param suspended on the register but suspended at the end of the quarter
	 * @param added found eligible during the quarter
	 * @param suspendedInQuarter suspended during the quarter
	 * @param reinstated reinstated during the quarter
	 * @param removed taken off the register during the quarter
	 */
	public record Counts(long eligible, long suspended, long added, long suspendedInQuarter, long reinstated,
			long removed) {

		static Counts of(List<QuarterlyRegisterEntry> entries) {
			return new Counts(status(entries, "ELIGIBLE"), status(entries, "SUSPENDED"), changes(entries, "ADDED"),
					changes(entries, "SUSPENDED"), changes(entries, "REINSTATED"), changes(entries, "REMOVED"));
		}

		private static long status(List<QuarterlyRegisterEntry> entries, String status) {
			return entries.stream().filter(entry -> status.equals(entry.statusAtEnd())).count();
		}

		private static long changes(List<QuarterlyRegisterEntry> entries, String kind) {
			return entries.stream()
				.flatMap(entry -> entry.changes().stream())
				.filter(change -> kind.equals(change.kind()))
				.count();
		}

	}

}
