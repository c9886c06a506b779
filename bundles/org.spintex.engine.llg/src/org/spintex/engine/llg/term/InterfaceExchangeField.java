package org.spintex.engine.llg.term;

import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.model.Regions;

/**
 * The exchange across the interface of two films that touch (no spacer: a soft film grown on a hard one, an exchange
 * spring). Each film's own {@link ExchangeField} sees the other as missing, a free surface; this term adds the bond
 * between the facing cells, with the stiffness A₁₂ = 2A₁A₂/(A₁ + A₂), the harmonic mean (MuMax3's rule between
 * regions): it is what the continuum gives for a bond half in each material, since the exchange flux 2A ∂m/∂z is
 * continuous across the interface. Together the two films then have the 6-point Laplacian of
 * {@code ExchangeField} with A₁₂ on the interface bonds:
 * B₁ = (2A₁₂/(Ms₁Δz²))(m₂ − m₁), B₂ = (2A₁₂/(Ms₂Δz²))(m₁ − m₂), E = A₁₂ Σ |m₂ − m₁|² Δx Δy/Δz.
 */
public final class InterfaceExchangeField implements FieldTerm {

	private final Magnet magnet;
	private final int lowerLayer;
	private final int upperLayer;
	private final Regions lowerRegions;
	private final double[] lowerExchange;
	private final Regions upperRegions;
	private final double[] upperExchange;

	/**
	 * @param lower the film below the interface
	 * @param upper the film above it, starting on the layer where the lower one ends
	 * @param lowerExchangeJPerM A of the lower film
	 * @param upperExchangeJPerM A of the upper film
	 */
	public InterfaceExchangeField(Magnet magnet, FilmLayers lower, FilmLayers upper, double lowerExchangeJPerM,
			double upperExchangeJPerM) {
		this(magnet, lower, Regions.single(magnet, lower), new double[] { lowerExchangeJPerM }, upper, Regions.single(magnet, upper),
				new double[] { upperExchangeJPerM });
	}

	/** Films of several regions: each facing pair of cells bonds with the A of their regions. */
	public InterfaceExchangeField(Magnet magnet, FilmLayers lower, Regions lowerRegions, double[] lowerExchangeJPerM,
			FilmLayers upper, Regions upperRegions, double[] upperExchangeJPerM) {
		if (upper.firstLayer() != lower.endLayer()) {
			throw new IllegalArgumentException("the films do not touch: the lower ends below layer " + lower.endLayer()
					+ ", the upper starts at layer " + upper.firstLayer());
		}
		this.magnet = magnet;
		this.lowerLayer = lower.endLayer() - 1;
		this.upperLayer = upper.firstLayer();
		this.lowerRegions = lowerRegions;
		this.lowerExchange = lowerExchangeJPerM.clone();
		this.upperRegions = upperRegions;
		this.upperExchange = upperExchangeJPerM.clone();
	}

	/** 2ab/(a + b); 0 when either is 0 (a film without exchange is not bonded to its neighbour). */
	public static double harmonicMean(double a, double b) {
		return a > 0 && b > 0 ? 2 * a * b / (a + b) : 0;
	}

	/** The stiffest bond's A₁₂ in J/m. */
	private double largestBond() {
		double largest = 0;
		for (double a : lowerExchange) {
			for (double b : upperExchange) {
				largest = Math.max(largest, harmonicMean(a, b));
			}
		}
		return largest;
	}

	@Override
	public String name() {
		return "exchange";
	}

	/** Each cell feels (2A₁₂/(MsΔz²))(m' − m): the operator's spectral radius is twice the prefactor. */
	@Override
	public double precessionBoundTesla() {
		double dz = magnet.mesh().cellZMetre();
		return 2 * 2 * largestBond() / (magnet.smallestMs() * dz * dz);
	}

	@Override
	public void addField(double timeSecond, VectorField m, VectorField b) {
		Mesh mesh = magnet.mesh();
		int nxy = mesh.nx() * mesh.ny(), lower = lowerLayer * nxy, upper = upperLayer * nxy;
		double dz = mesh.cellZMetre();
		double w = 2 / (dz * dz);
		double[] ms = magnet.ms(), inverseMs = magnet.inverseMs();
		magnet.loops().forEach(nxy, (from, to) -> {
			for (int p = from; p < to; p++) {
				int a = lower + p, c = upper + p;
				if (ms[a] == 0 || ms[c] == 0) {
					continue;
				}
				double bond = w * harmonicMean(lowerExchange[lowerRegions.of(a)], upperExchange[upperRegions.of(c)]);
				double dx = m.x[c] - m.x[a], dy = m.y[c] - m.y[a], dzm = m.z[c] - m.z[a];
				double wa = bond * inverseMs[a], wc = bond * inverseMs[c];
				b.x[a] += wa * dx;
				b.y[a] += wa * dy;
				b.z[a] += wa * dzm;
				b.x[c] -= wc * dx;
				b.y[c] -= wc * dy;
				b.z[c] -= wc * dzm;
			}
		});
	}

	@Override
	public double energyJoule(VectorField m, VectorField ownField) {
		return EnergyIntegral.ofDegree(2, magnet, m, ownField);
	}
}
