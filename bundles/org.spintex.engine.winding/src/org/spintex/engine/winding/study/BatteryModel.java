package org.spintex.engine.winding.study;

import java.util.Arrays;

import org.spintex.engine.winding.model.BatteryCircuit;
import org.spintex.engine.winding.model.EasyPlaneMagnet;
import org.spintex.engine.winding.model.EasyPlaneWire;
import org.spintex.engine.winding.model.SpinHallContact;
import org.spintex.engine.winding.model.WireConstants;
import org.spintex.input.BatteryGateInput;
import org.spintex.input.WindingBatteryInput;

/** The wire and circuit of a winding-battery input: bulk constants times the cross-section, gates placed on cells and bonds. */
record BatteryModel(EasyPlaneWire wire, BatteryCircuit circuit) {

	static BatteryModel of(WindingBatteryInput input) {
		int n = input.cells();
		double a = input.cellLengthMetre();
		int bonds = input.closedLoop() ? n : n - 1;
		EasyPlaneMagnet[] cellMagnet = new EasyPlaneMagnet[n];
		EasyPlaneMagnet[] bondMagnet = new EasyPlaneMagnet[bonds];
		Arrays.fill(cellMagnet, EasyPlaneMagnet.of(input.magnet()));
		Arrays.fill(bondMagnet, EasyPlaneMagnet.of(input.magnet()));
		boolean[] gatedBond = new boolean[bonds];
		double loopLength = n * a;
		for (BatteryGateInput gate : input.gates()) {
			for (int i = 0; i < n; i++) {
				// cell i spans [i a, (i + 1) a) from the west end
				if (covers(gate, (i + 0.5) * a, input.closedLoop(), loopLength)) {
					cellMagnet[i] = EasyPlaneMagnet.of(gate.gated());
				}
			}
			for (int b = 0; b < bonds; b++) {
				// bond b is the face between cells b and b + 1; the last bond of a loop is its seam, x = 0 ≡ L
				if (covers(gate, (b + 1) * a, input.closedLoop(), loopLength)) {
					bondMagnet[b] = EasyPlaneMagnet.of(gate.gated());
					gatedBond[b] = true;
				}
			}
		}
		EasyPlaneMagnet[] freeCells = new EasyPlaneMagnet[n];
		EasyPlaneMagnet[] freeBonds = new EasyPlaneMagnet[bonds];
		Arrays.fill(freeCells, EasyPlaneMagnet.of(input.magnet()));
		Arrays.fill(freeBonds, EasyPlaneMagnet.of(input.magnet()));
		double area = input.crossSectionM2();
		EasyPlaneWire wire = new EasyPlaneWire(a, input.closedLoop(), constants(freeCells, freeBonds, area),
				constants(cellMagnet, bondMagnet, area), gatedBond);
		BatteryCircuit circuit = new BatteryCircuit(SpinHallContact.of(input.west()), SpinHallContact.of(input.east()),
				input.chargingCurrentAmpere(), input.loadResistanceOhm());
		return new BatteryModel(wire, circuit);
	}

	private static boolean covers(BatteryGateInput gate, double x, boolean loop, double loopLength) {
		if (loop) {
			return inside(gate, x) || inside(gate, x - loopLength) || inside(gate, x + loopLength);
		}
		return inside(gate, x);
	}

	private static boolean inside(BatteryGateInput gate, double x) {
		return x >= gate.fromMetre() && x <= gate.toMetre();
	}

	/** Seed 001 below eq. (3): the quasi-1D constants are the bulk ones times S_m; A of eq. (3) is 2 A_ex. */
	private static WireConstants constants(EasyPlaneMagnet[] cells, EasyPlaneMagnet[] bonds, double area) {
		double[] stiffness = new double[bonds.length];
		for (int b = 0; b < bonds.length; b++) {
			stiffness[b] = 2 * bonds[b].exchangeJPerM() * area;
		}
		double[] inverseChi = new double[cells.length];
		double[] gilbert = new double[cells.length];
		double[] landau = new double[cells.length];
		for (int i = 0; i < cells.length; i++) {
			EasyPlaneMagnet m = cells[i];
			inverseChi[i] = 1 / (m.spinSusceptibilityJs2PerM3() * area);
			gilbert[i] = m.alpha() * m.spinDensityJsPerM3() * area;
			landau[i] = Math.sqrt(m.easyPlaneAnisotropyJPerM3() / m.exchangeJPerM());
		}
		return new WireConstants(stiffness, inverseChi, gilbert, landau);
	}
}
