package org.spintex.engine.drag.transport;

import java.util.Arrays;

import org.spintex.core.math.TridiagonalSystem;

/**
 * Skyrmion charge density ρ(x, t) between two contacts: the continuity equation ρ̇ + ∂ₓjₓ = 0
 * (seed 000 eq. (33)) with the diffusive bulk current jₓ = −D∂ₓρ and the contact currents
 * j_L = γ̄_L[ρ0(1 + x) − ρ(0)] (eq. (35), pumping factor x = 2πPħI_L/(e k_B T)) and
 * j_R = γ̄_R[ρ(L) − ρ0] (eq. (36)). Finite volumes on a uniform grid; implicit Euler in time, so any
 * step is stable and the charge balance dN/dt = j_L − j_R holds to round-off. The steady state of
 * this discretisation is exactly linear and reproduces eq. (37).
 */
public final class SkyrmionChargeDiffusion {

	private final TwoTerminalChannel channel;
	private final int cells;
	private final double dx;
	/** Resistances (in s/m) between the reservoir at a contact and the centre of the first/last cell. */
	private final double leftContactResistance;
	private final double rightContactResistance;

	public SkyrmionChargeDiffusion(TwoTerminalChannel channel, int cells) {
		if (cells < 2) {
			throw new IllegalArgumentException("need at least two cells, got " + cells);
		}
		this.channel = channel;
		this.cells = cells;
		this.dx = channel.lengthMetre() / cells;
		// the contact boundary and half a cell of bulk in series (eliminating the face density)
		this.leftContactResistance = 1 / channel.leftAnnihilationMPerS() + dx / (2 * channel.diffusionM2PerS());
		this.rightContactResistance = 1 / channel.rightAnnihilationMPerS() + dx / (2 * channel.diffusionM2PerS());
	}

	/** Cell-centre positions in metre. */
	public double[] positions() {
		double[] x = new double[cells];
		for (int i = 0; i < cells; i++) {
			x[i] = (i + 0.5) * dx;
		}
		return x;
	}

	/** The equilibrium state ρ = ρ0 (no pumping). */
	public double[] equilibrium() {
		double[] rho = new double[cells];
		Arrays.fill(rho, channel.equilibriumDensityPerM2());
		return rho;
	}

	/** The steady state under the pumping factor x. */
	public double[] steadyState(double pumpingFactor) {
		return solve(null, Double.POSITIVE_INFINITY, pumpingFactor);
	}

	/** One implicit Euler step of length dt (seconds) from rho. */
	public double[] step(double[] rho, double dtSeconds, double pumpingFactor) {
		if (!(dtSeconds > 0)) {
			throw new IllegalArgumentException("time step must be positive, got " + dtSeconds + " s");
		}
		return solve(rho, dtSeconds, pumpingFactor);
	}

	/** Skyrmion current entering at the left contact, j_L in 1/(m s). */
	public double leftCurrent(double[] rho, double pumpingFactor) {
		return (channel.equilibriumDensityPerM2() * (1 + pumpingFactor) - rho[0]) / leftContactResistance;
	}

	/** Skyrmion current leaving at the right contact, j_R in 1/(m s). */
	public double rightCurrent(double[] rho) {
		return (rho[cells - 1] - channel.equilibriumDensityPerM2()) / rightContactResistance;
	}

	/** Skyrmion charge per unit width, N = ∫ρ dx, in 1/m. */
	public double charge(double[] rho) {
		double sum = 0;
		for (double r : rho) {
			sum += r;
		}
		return sum * dx;
	}

	/** (dx/dt)(ρ − ρ_old) = F_in − F_out per cell; dt = ∞ drops the time term (steady state). */
	private double[] solve(double[] old, double dt, double pumping) {
		double g = channel.diffusionM2PerS() / dx;
		double capacity = Double.isInfinite(dt) ? 0 : dx / dt;
		double[] a = new double[cells], b = new double[cells], c = new double[cells], d = new double[cells];
		for (int i = 0; i < cells; i++) {
			b[i] = capacity;
			d[i] = old == null ? 0 : capacity * old[i];
			if (i > 0) {
				a[i] = -g;
				b[i] += g;
			} else {
				b[i] += 1 / leftContactResistance;
				d[i] += channel.equilibriumDensityPerM2() * (1 + pumping) / leftContactResistance;
			}
			if (i < cells - 1) {
				c[i] = -g;
				b[i] += g;
			} else {
				b[i] += 1 / rightContactResistance;
				d[i] += channel.equilibriumDensityPerM2() / rightContactResistance;
			}
		}
		return TridiagonalSystem.solve(a, b, c, d);
	}
}
