package org.spintex.engine.winding.study;

import java.util.List;

import org.spintex.core.math.Vector3;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.BatteryGateInput;
import org.spintex.input.DmiKind;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.SpinHallContactInput;
import org.spintex.input.WindingBatteryInput;

/**
 * The test battery: a YIG-like easy-plane wire (A_ex 3.7 pJ/m, K 10 kJ/m³, Ms 140 kA/m) of 20 nm × 5 nm between Pt
 * contacts (θ_SH 0.1, 20 nm × 20 nm contact, 20 nm × 5 nm wire, g↑↓ 5e18 /m²), 4 nm cells.
 */
final class Batteries {

	static final double CELL = 4e-9;
	static final double CROSS_SECTION = 20e-9 * 5e-9;
	static final double A_EX = 3.7e-12;
	static final double K = 1e4;
	static final double SPIN_DENSITY = 1.4e5 / 1.7595e11;

	private Batteries() {
	}

	/** The material every engine reads: Ms = γ s, the easy plane normal to x. */
	static MagnetMaterialInput magnet(double alpha) {
		return material(A_EX, alpha);
	}

	private static MagnetMaterialInput material(double exchange, double alpha) {
		return new MagnetMaterialInput(1.4e5, exchange, alpha, 1.7595e11,
				List.of(new AnisotropyInput(AnisotropyKind.EASY_PLANE, K, Vector3.UNIT_X)), DmiKind.NONE, 0);
	}

	static SpinHallContactInput contact(String name, double mixingPerM2, double resistance) {
		return new SpinHallContactInput(name, 0.1, 20e-9 * 20e-9, CROSS_SECTION, mixingPerM2, resistance);
	}

	/** An open wire of {@code cells} cells, charged for {@code charge} seconds by {@code current}. */
	static WindingBatteryInput openWire(int cells, double alpha, double mixing, double current, double charge, double discharge,
			double load) {
		return new WindingBatteryInput("Test", "cycle", cells, CELL, false, CROSS_SECTION, magnet(alpha), List.of(),
				contact("west", mixing, 10), contact("east", mixing, 10), current, load, charge, 0, discharge, 10e-12, 1e-9, 0);
	}

	/** A loop of {@code cells} cells whose seam is gated to 1/1000 of the stiffness. */
	static WindingBatteryInput gatedLoop(int cells, double alpha, double current, double charge, double store, double discharge) {
		MagnetMaterialInput gated = material(A_EX / 1000, alpha);
		BatteryGateInput gate = new BatteryGateInput("valve", -1e-9, 1e-9, gated);
		return new WindingBatteryInput("Test", "cycle", cells, CELL, true, CROSS_SECTION, magnet(alpha), List.of(gate),
				contact("west", 5e18, 10), contact("east", 5e18, 10), current, 10, charge, store, discharge, 20e-12, 1e-9, 0);
	}
}
