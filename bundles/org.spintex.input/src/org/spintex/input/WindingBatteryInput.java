package org.spintex.input;

import java.util.List;

/**
 * Seed 001's winding battery at one sweep point: an easy-plane magnetic wire between two spin Hall contacts,
 * closed into a loop or not, with gates, run through a charge → store → discharge cycle.
 *
 * @param cells the number of cells of length {@code cellLengthMetre}; the west contact acts on the first, the east
 *        contact on the last
 * @param closedLoop whether the wire closes on itself (its east end joins its west end, seed 001 Fig. 1)
 * @param crossSectionM2 S_m, the magnet's cross-section: quasi-1D constants are the bulk ones times S_m
 * @param chargingCurrentAmpere I of the charge phase, the same through both contacts
 * @param loadResistanceOhm the load the battery drives in the discharge phase
 * @param outputEverySecond the time between table rows
 * @param tolerance the relative accuracy of the time integration
 * @param snapshots profiles written per phase besides its end
 */
public record WindingBatteryInput(String device, String study, int cells, double cellLengthMetre, boolean closedLoop,
		double crossSectionM2, MagnetMaterialInput magnet, List<BatteryGateInput> gates, SpinHallContactInput west,
		SpinHallContactInput east, double chargingCurrentAmpere, double loadResistanceOhm, double chargeTimeSecond,
		double storeTimeSecond, double dischargeTimeSecond, double outputEverySecond, double tolerance, int snapshots)
		implements StudyInput {

	public WindingBatteryInput {
		if (cells < 2) {
			throw new IllegalArgumentException("a winding battery needs at least 2 cells, got " + cells);
		}
		Checks.positive("cell length", cellLengthMetre);
		Checks.positive("cross-section of the magnet", crossSectionM2);
		gates = List.copyOf(gates);
		Checks.finite("charging current", chargingCurrentAmpere);
		Checks.nonNegative("load resistance", loadResistanceOhm);
		Checks.nonNegative("charge time", chargeTimeSecond);
		Checks.nonNegative("store time", storeTimeSecond);
		Checks.nonNegative("discharge time", dischargeTimeSecond);
		Checks.positive("output interval", outputEverySecond);
		Checks.positive("tolerance", tolerance);
		Checks.nonNegative("snapshots", snapshots);
		if (!(chargeTimeSecond + storeTimeSecond + dischargeTimeSecond > 0)) {
			throw new IllegalArgumentException("a battery cycle needs a charge, store or discharge time");
		}
	}

	@Override
	public String engine() {
		return "winding-battery";
	}
}
