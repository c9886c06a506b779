package org.spintex.engine.llg.term;

/**
 * The crystal class of a Dzyaloshinskii–Moriya interaction, written uniformly as a sum of
 * Lifshitz invariants E = D Σᵢ m·(vᵢ × ∂ᵢm) with one vector vᵢ per spatial direction i. Then
 * B = −(2D/Ms) Σᵢ vᵢ × ∂ᵢm and the free boundary obeys ∂m/∂n = (D/2A)(Σᵢ nᵢvᵢ) × m.
 */
public enum DmiClass {

	/**
	 * Interfacial, Cnv: E = D[m_z ∇·m − (m·∇)m_z] (the form written in Vansteenkiste et al., AIP Adv. 4,
	 * 107133 (2014)), vᵢ = eᵢ × ẑ. Néel walls and Néel skyrmions.
	 */
	INTERFACIAL(new double[][] { { 0, -1, 0 }, { 1, 0, 0 }, { 0, 0, 0 } }),

	/** Bulk, T (B20 crystals): E = D m·(∇ × m), vᵢ = eᵢ. Bloch skyrmions. */
	BULK(new double[][] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }),

	/** D2d (Heusler compounds): E = D[m·(x̂ × ∂ₓm) − m·(ŷ × ∂ᵧm)]. Antiskyrmions. */
	D2D(new double[][] { { 1, 0, 0 }, { 0, -1, 0 }, { 0, 0, 0 } });

	private final double[][] lifshitzVectors;

	DmiClass(double[][] lifshitzVectors) {
		this.lifshitzVectors = lifshitzVectors;
	}

	/** vᵢ for i = 0 (x), 1 (y), 2 (z). */
	public double[] lifshitzVector(int axis) {
		return lifshitzVectors[axis].clone();
	}
}
