package org.spintex.engine.llg.torque;

import java.util.function.DoubleFunction;

import org.spintex.core.math.Vector3;
import org.spintex.core.physics.PhysicalConstants;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.NeighbourStencil;
import org.spintex.input.ZhangLiConvention;

/**
 * The Zhang–Li spin-transfer torque of a current flowing in the plane of the magnet, Zhang and Li,
 * PRL 93, 127204 (2004), adiabatic plus non-adiabatic (β = ξ) parts. From the Gilbert form
 * ṁ = … + (u·∇)m − ξ m × (u·∇)m, the Landau–Lifshitz form used here is
 * τ = −[(1 + ξα) m × (m × (u·∇)m) + (ξ − α) m × (u·∇)m] / (1 + α²),
 * with u along J and the spatial derivative by central differences (Neumann ghosts at the edges).
 * With J > 0 the texture moves against J, i.e. with the electrons. For β = α a rigid wall is an
 * exact solution moving at −u (Thiaville et al., Europhys. Lett. 69, 990 (2005)).
 *
 * <p>Confined to a region and in the plain convention this is also the interface torque of seed 000:
 * with n = −m (spin antiparallel to the magnetization), s(1 + αn×)ṅ = … + (ħ/2e)P(J_L·∇)n (eq. (4)) +
 * (ħβ/2e)P n × (J_L·∇)n (eq. (10)) becomes ṁ = … + (u·∇)m − β m × (u·∇)m with u = PµB J/(e Ms)
 * (γħ/2 = µB), J the current density of the interface cells.
 */
public final class ZhangLiTorque implements TorqueTerm {

	private final Magnet magnet;
	private final double polarisation;
	private final double xi;
	private final ZhangLiConvention convention;
	private final DoubleFunction<Vector3> currentDensityAtTime;
	private final boolean[] region;

	/**
	 * @param currentDensityAtTime J(t) in A/m², uniform in space
	 * @param region cells where the current flows, or null for everywhere
	 */
	public ZhangLiTorque(Magnet magnet, double polarisation, double xi, ZhangLiConvention convention,
			DoubleFunction<Vector3> currentDensityAtTime, boolean[] region) {
		this.magnet = magnet;
		this.polarisation = polarisation;
		this.xi = xi;
		this.convention = convention;
		this.currentDensityAtTime = currentDensityAtTime;
		this.region = region;
	}

	@Override
	public String name() {
		return "zhang_li";
	}

	@Override
	public void addTorque(double timeSecond, VectorField m, VectorField dmdt) {
		Vector3 j = currentDensityAtTime.apply(timeSecond);
		if (j.x() == 0 && j.y() == 0 && j.z() == 0) {
			return;
		}
		Mesh mesh = magnet.mesh();
		double[] ms = magnet.ms(), alphas = magnet.alphas();
		double base = polarisation * PhysicalConstants.BOHR_MAGNETON / PhysicalConstants.ELEMENTARY_CHARGE * convention.velocityFactor(xi);
		double hx = 0.5 / mesh.cellXMetre(), hy = 0.5 / mesh.cellYMetre(), hz = 0.5 / mesh.cellZMetre();
		NeighbourStencil.forEachMagneticCell(magnet, BoundaryCondition.neumann(), m, (c, v) -> {
			if (region != null && !region[c]) {
				return;
			}
			double alpha = alphas[c];
			double pre = -1 / (1 + alpha * alpha);
			double b = base / ms[c];
			double ux = b * j.x() * hx, uy = b * j.y() * hy, uz = b * j.z() * hz;
			// (u·∇)m by central differences
			double gx = ux * (v[0] - v[3]) + uy * (v[6] - v[9]) + uz * (v[12] - v[15]);
			double gy = ux * (v[1] - v[4]) + uy * (v[7] - v[10]) + uz * (v[13] - v[16]);
			double gz = ux * (v[2] - v[5]) + uy * (v[8] - v[11]) + uz * (v[14] - v[17]);
			double mx = m.x[c], my = m.y[c], mz = m.z[c];
			double cx = my * gz - mz * gy, cy = mz * gx - mx * gz, cz = mx * gy - my * gx;
			double ccx = my * cz - mz * cy, ccy = mz * cx - mx * cz, ccz = mx * cy - my * cx;
			dmdt.x[c] += pre * ((1 + xi * alpha) * ccx + (xi - alpha) * cx);
			dmdt.y[c] += pre * ((1 + xi * alpha) * ccy + (xi - alpha) * cy);
			dmdt.z[c] += pre * ((1 + xi * alpha) * ccz + (xi - alpha) * cz);
		});
	}
}
