package org.spintex.engine.negf.green;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.spintex.engine.negf.lead.TightBindingLead;
import org.spintex.engine.negf.spin.SpinBlock;

class RecursiveGreenFunctionTest {

	/** z − h_i − Σ_i for a random non-collinear chain with complex end self-energies. */
	private static SpinBlock[] randomChain(int n, long seed, double energy, double eta) {
		Random random = new Random(seed);
		SpinBlock[] a = new SpinBlock[n];
		for (int i = 0; i < n; i++) {
			SpinBlock h = SpinBlock.pauli(random.nextGaussian() * 0.3, random.nextGaussian(), random.nextGaussian(), random.nextGaussian());
			a[i] = SpinBlock.IDENTITY.times(energy, eta).minus(h);
		}
		a[0] = a[0].minus(SpinBlock.diagonal(0.1, -0.4, -0.2, -0.7));
		a[n - 1] = a[n - 1].minus(SpinBlock.diagonal(0.3, -0.2, 0.05, -0.9));
		return a;
	}

	private static void assertBlocksEqual(SpinBlock expected, SpinBlock actual, double tolerance) {
		assertEquals(0, expected.minus(actual).maxAbs(), tolerance);
	}

	@Test
	void theRecursionReproducesTheDenseInverseBlockByBlock() {
		int n = 9;
		SpinBlock[] a = randomChain(n, 7, 0.3, 1e-3);
		GreenFunction recursive = new RecursiveGreenFunction(a, 1.0), dense = new DenseGreenFunction(a, 1.0);
		SpinBlock[] v = new SpinBlock[n];
		for (int i = 0; i < n; i += 2) {
			v[i] = SpinBlock.pauli(0.1 * i, 0.5, -0.2, 1);
		}
		SpinBlock[] sandwichR = recursive.sandwichDiagonal(v), sandwichD = dense.sandwichDiagonal(v);
		for (int i = 0; i < n; i++) {
			assertBlocksEqual(dense.diagonal(i), recursive.diagonal(i), 1e-11);
			assertBlocksEqual(dense.fromFirst(i), recursive.fromFirst(i), 1e-11);
			assertBlocksEqual(dense.fromLast(i), recursive.fromLast(i), 1e-11);
			assertBlocksEqual(sandwichD[i], sandwichR[i], 1e-10);
		}
	}

	@Test
	void aCleanChainBetweenTightBindingLeadsIsTheInfiniteChain() {
		// with leads of the same hopping and γ_c = γ the chain is infinite and uniform:
		// G_ii = −i/√(4γ² − E²) in the band, G_{i,0} = G_00·e^{ik·i} with 2γ cos k = −E... (|G_{i0}| = |G_00|)
		double gamma = 1.3, energy = 0.7;
		TightBindingLead lead = new TightBindingLead(gamma, gamma);
		double[] sigma = new double[2];
		lead.at(energy, 0, sigma);
		int n = 12;
		SpinBlock[] a = new SpinBlock[n];
		for (int i = 0; i < n; i++) {
			a[i] = SpinBlock.IDENTITY.times(energy);
		}
		SpinBlock end = SpinBlock.IDENTITY.times(sigma[0], sigma[1]);
		a[0] = a[0].minus(end);
		a[n - 1] = a[n - 1].minus(end);
		GreenFunction g = new RecursiveGreenFunction(a, gamma);
		double bulk = -1 / Math.sqrt(4 * gamma * gamma - energy * energy);
		for (int i = 0; i < n; i++) {
			assertEquals(0, g.diagonal(i).re(0, 0), 1e-12);
			assertEquals(bulk, g.diagonal(i).im(0, 0), 1e-12);
			assertEquals(bulk, g.diagonal(i).im(1, 1), 1e-12);
			assertEquals(Math.abs(bulk), Math.hypot(g.fromFirst(i).re(0, 0), g.fromFirst(i).im(0, 0)), 1e-12);
		}
	}
}
