package org.kinbridge.family.vetting;

import java.time.LocalDate;
import java.util.Set;

import org.kinbridge.family.vetting.FamilyVettingProperties.JudicialRecordRequirement;
import org.kinbridge.family.vetting.api.CheckKind;
import org.kinbridge.family.vetting.api.Evidence;
import org.kinbridge.family.vetting.api.ForeignResidence;

/**
 * The vetting rules in force in one province, every value resolved; see
 * {@link FamilyVettingProperties.ProvinceVetting} for their meaning.
 */
public record ProvinceVettingRules(int healthCertificateValidMonths, int foreignerMinResidenceMonths,
		int foreignerMinRemainingStayMonths, int judicialRecordValidMonths,
		JudicialRecordRequirement judicialRecordRequiredFor, int homeVisitValidMonths, int proceedingsCheckValidMonths,
		int proceedingsCheckFromAge, int householdConsentFromAge, boolean counsellingRequired, int expiryWarningDays,
		Set<CheckKind> kinshipNotificationWaives, boolean suspendOnHouseholdChange) {

	/**
	 * The last day a passed check holds. Documents age from the day they were issued; a
	 * foreigner's residence holds while they may still stay for the required months; the
	 * document's own end of validity, when earlier, wins.
	 * @param verifiedOn the day the check is recorded
	 * @return the last valid day, or {@code null} for a check that does not expire
	 */
	public LocalDate expiresOn(CheckKind kind, boolean foreigner, Evidence evidence, ForeignResidence residence,
			LocalDate verifiedOn) {
		LocalDate issuedOn = (evidence != null) ? evidence.issuedOn() : null;
		LocalDate byPeriod = switch (kind) {
			case HEALTH_CERTIFICATE -> issuedOn.plusMonths(this.healthCertificateValidMonths);
			case JUDICIAL_RECORD -> issuedOn.plusMonths(this.judicialRecordValidMonths);
			case SUITABLE_HOUSING_AND_MEANS -> issuedOn.plusMonths(this.homeVisitValidMonths);
			case NO_CHILD_ABUSE_PROCEEDINGS ->
				((issuedOn != null) ? issuedOn : verifiedOn).plusMonths(this.proceedingsCheckValidMonths);
			case RESIDES_IN_VIETNAM ->
				foreigner ? residence.permittedToStayUntil().minusMonths(this.foreignerMinRemainingStayMonths) : null;
			case FULL_CIVIL_CAPACITY, VOLUNTARY, HOUSEHOLD_CONSENT -> null;
		};
		LocalDate statedEnd = (evidence != null) ? evidence.validUntil() : null;
		if (byPeriod == null) {
			return statedEnd;
		}
		return (statedEnd != null && statedEnd.isBefore(byPeriod)) ? statedEnd : byPeriod;
	}

	/**
	 * @return whether the checks of this kind rest on a dated document
	 */
	public static boolean needsIssueDate(CheckKind kind) {
		return kind == CheckKind.HEALTH_CERTIFICATE || kind == CheckKind.JUDICIAL_RECORD
				|| kind == CheckKind.SUITABLE_HOUSING_AND_MEANS;
	}

}
