package org.spintex.engine.drag.transport;

import java.util.SplittableRandom;

import org.spintex.core.results.RunCancelledException;
import org.spintex.core.results.RunControl;

/**
 * Independent skyrmions between the contacts, one by one (Gillespie's exact stochastic simulation):
 * each hops between neighbouring cells at the rate D/Δx², leaves through a contact at the rate of
 * its interface (γ̄ in series with half a cell), and the contacts inject skyrmions as Poisson
 * streams at the nucleation rates of eqs. (22), (24): γ_L(1 + x) and γ_R per width. The mean of
 * this process obeys seed 000 eqs. (33)–(36), so the counted net current into the detector must
 * agree with eq. (37) within its Poisson error — a stochastic check of the continuum result that
 * shares no code with it. Skyrmions are counted in a strip of width {@code stripWidthMetre}, chosen
 * large enough to hold many of them; currents are per width.
 */
public final class SkyrmionKineticMonteCarlo {

	/** The name this stage reports progress under. */
	public static final String STAGE = "stochastic check";


	/** The net skyrmion current into the detector, per width, with its one-sigma Poisson error, in 1/(m s). */
	public record Measurement(double currentPerMetreSecond, double standardError, double meanSkyrmions) {
	}

	private final TwoTerminalChannel channel;
	private final int cells;
	private final double stripWidthMetre;

	public SkyrmionKineticMonteCarlo(TwoTerminalChannel channel, int cells, double stripWidthMetre) {
		if (cells < 2 || !(stripWidthMetre > 0)) {
			throw new IllegalArgumentException("need ≥ 2 cells and a positive strip width");
		}
		this.channel = channel;
		this.cells = cells;
		this.stripWidthMetre = stripWidthMetre;
	}

	private static double towardsWest(int cell, double hop, double leaveLeft) {
		return cell == 0 ? leaveLeft : hop;
	}

	private double towardsEast(int cell, double hop, double leaveRight) {
		return cell == cells - 1 ? leaveRight : hop;
	}

	/**
	 * Starts from the mean equilibrium occupation, lets the pumped state settle for
	 * {@code settleSeconds}, then counts skyrmions crossing into the detector for {@code countSeconds}.
	 */
	public Measurement run(double pumpingFactor, double settleSeconds, double countSeconds, long seed,
			RunControl control) {
		double dx = channel.lengthMetre() / cells;
		double d = channel.diffusionM2PerS();
		double hop = d / (dx * dx);
		double leftResistance = 1 / channel.leftAnnihilationMPerS() + dx / (2 * d);
		double rightResistance = 1 / channel.rightAnnihilationMPerS() + dx / (2 * d);
		double leaveLeft = 1 / (leftResistance * dx);
		double leaveRight = 1 / (rightResistance * dx);
		double rho0 = channel.equilibriumDensityPerM2();
		double injectLeft = stripWidthMetre * rho0 * (1 + pumpingFactor) / leftResistance;
		double injectRight = stripWidthMetre * rho0 / rightResistance;

		SplittableRandom random = new SplittableRandom(seed);
		long[] n = new long[cells];
		long total = 0;
		long perCell = Math.round(rho0 * dx * stripWidthMetre);
		for (int i = 0; i < cells; i++) {
			n[i] = perCell;
			total += perCell;
		}
		double t = 0;
		double end = settleSeconds + countSeconds;
		long arrivedRight = 0, injectedRight = 0;
		double skyrmionTime = 0;
		long events = 0;
		while (t < end) {
			double rate = 2 * hop * total + (leaveLeft - hop) * n[0] + (leaveRight - hop) * n[cells - 1] + injectLeft
					+ injectRight;
			double dt = -Math.log(1 - random.nextDouble()) / rate;
			boolean counting = t >= settleSeconds;
			if (counting) {
				skyrmionTime += total * Math.min(dt, end - t);
			}
			t += dt;
			if (t >= end) {
				break;
			}
			double pick = random.nextDouble() * rate;
			if ((pick -= injectLeft) < 0) {
				n[0]++;
				total++;
			} else if ((pick -= injectRight) < 0) {
				n[cells - 1]++;
				total++;
				if (counting) {
					injectedRight++;
				}
			} else {
				// a skyrmion in cell i moves: to a neighbour, or out through a contact at the ends
				int i = 0;
				while (true) {
					double cellRate = n[i] * (towardsWest(i, hop, leaveLeft) + towardsEast(i, hop, leaveRight));
					if (pick < cellRate || i == cells - 1) {
						break;
					}
					pick -= cellRate;
					i++;
				}
				if (n[i] == 0) {
					continue; // round-off at the end of the rate sum
				}
				double perSkyrmion = pick / n[i];
				n[i]--;
				total--;
				if (perSkyrmion < towardsWest(i, hop, leaveLeft)) {
					if (i > 0) {
						n[i - 1]++;
						total++;
					}
				} else if (i < cells - 1) {
					n[i + 1]++;
					total++;
				} else if (counting) {
					arrivedRight++;
				}
			}
			if (++events % 100_000 == 0) {
				if (control.cancelled()) {
					throw new RunCancelledException("the stochastic check");
				}
				control.progress(STAGE, t / end);
			}
		}
		double net = arrivedRight - injectedRight;
		double norm = stripWidthMetre * countSeconds;
		return new Measurement(net / norm, Math.sqrt(arrivedRight + injectedRight) / norm, skyrmionTime / countSeconds);
	}
}
