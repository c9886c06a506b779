package org.spintex.engine.winding.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.DmiKind;
import org.spintex.input.MagnetMaterialInput;

/**
 * Seed 001 eq. (3) from the material every engine reads: the spin susceptibility of an easy-plane ferromagnet is
 * s²/2K, and a given magnetic susceptibility χ_m gives χ_m/(µ0γ²) (M_x = χ_m H_x and ρ_s = M_x/γ at the precession
 * rate γµ0H_x); s = Ms/γ.
 */
class EasyPlaneMagnetTest {

	private static final double MS = 140e3, GAMMA = 1.7595e11, K = 10e3, MU0 = 1.25663706212e-6;

	private static MagnetMaterialInput garnet(OptionalDouble susceptibility) {
		return new MagnetMaterialInput(MS, 3.7e-12, 0.02, GAMMA, List.of(new AnisotropyInput(AnisotropyKind.EASY_PLANE, K,
				Vector3.UNIT_X)), DmiKind.NONE, 0, susceptibility);
	}

	@Test
	void theEasyPlaneGivesSSquaredOverTwoK() {
		EasyPlaneMagnet magnet = EasyPlaneMagnet.of(garnet(OptionalDouble.empty()));
		double s = MS / GAMMA;
		assertEquals(s, magnet.spinDensityJsPerM3(), 1e-15 * s);
		assertEquals(K, magnet.easyPlaneAnisotropyJPerM3(), 0);
		assertEquals(s * s / (2 * K), magnet.spinSusceptibilityJs2PerM3(), 1e-12 * s * s / (2 * K));
	}

	@Test
	void aGivenSusceptibilityGivesChiOverMu0GammaSquared() {
		EasyPlaneMagnet magnet = EasyPlaneMagnet.of(garnet(OptionalDouble.of(0.5)));
		double chi = 0.5 / (MU0 * GAMMA * GAMMA);
		assertEquals(chi, magnet.spinSusceptibilityJs2PerM3(), 1e-12 * chi);
	}
}
