package org.spintex.engine.negf.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spintex.core.math.Vector3;
import org.spintex.engine.negf.lead.TightBindingLead;
import org.spintex.engine.negf.model.PrecessingChain;

class BoundStatesTest {

	/** g(E) of a tight-binding lead (γ = 1) below or above the band, the decaying root. */
	private static double surface(double e) {
		return (e - Math.signum(e) * Math.sqrt(e * e - 4)) / 2;
	}

	/** The root of E = s·J + 2γ_c² g(E) between a and b, by bisection: a spin along ±M on one site between two leads. */
	private static double singleSiteLevel(double spinTimesJ, double c2, double a, double b) {
		for (int k = 0; k < 200; k++) {
			double mid = 0.5 * (a + b);
			double fa = a - spinTimesJ - 2 * c2 * surface(a), fm = mid - spinTimesJ - 2 * c2 * surface(mid);
			if (Math.signum(fa) == Math.signum(fm)) {
				a = mid;
			} else {
				b = mid;
			}
		}
		return 0.5 * (a + b);
	}

	@Test
	void aStrongExchangeBindsOneStateBelowAndOneAboveTheBand() {
		// one site, J_sd = 20γ, γ_c = 0.7γ: spin along M at E = −J + 2γ_c² g(E), against it at E = +J + 2γ_c² g(E)
		double sd = 20, coupling = 0.7;
		TightBindingLead lead = new TightBindingLead(1, coupling);
		PrecessingChain chain = new PrecessingChain(1, sd, new Vector3[] { new Vector3(0.3, 0.2, 0.9) }, 0, 0, lead, lead);
		List<BoundStates.BoundState> states = BoundStates.of(chain, false);
		assertEquals(2, states.size());
		double c2 = coupling * coupling;
		assertEquals(singleSiteLevel(-sd, c2, -30, -2.0001), states.get(0).energy(), 1e-10);
		assertEquals(singleSiteLevel(sd, c2, 2.0001, 30), states.get(1).energy(), 1e-10);
		assertEquals(-20.0490024502, states.get(0).energy(), 1e-9);
		assertTrue(states.get(0).occupied());
		assertFalse(states.get(1).occupied());
	}

	@Test
	void aCleanChainBindsNothingButAnyExchangeBindsInOneDimension() {
		// a clean chain with γ_c = γ and no exchange is the infinite chain: nothing is bound
		TightBindingLead lead = new TightBindingLead(1, 1);
		PrecessingChain clean = new PrecessingChain(1, 0, new Vector3[] { new Vector3(0, 0, 1), new Vector3(0, 0, 1) }, 0, 0, lead, lead);
		assertEquals(0, BoundStates.of(clean, false).size());
		// any s-d exchange is attractive for one spin and repulsive for the other: one state below, one above
		PrecessingChain weak = new PrecessingChain(1, 0.1, new Vector3[] { new Vector3(0, 0, 1) }, 0, 0, lead, lead);
		List<BoundStates.BoundState> states = BoundStates.of(weak, false);
		assertEquals(2, states.size());
		assertTrue(states.get(0).energy() < -2 && states.get(1).energy() > 2);
	}
}
