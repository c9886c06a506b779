package org.spintex.input;

import org.spintex.core.math.Vector3;

/**
 * One anisotropy term of a material in SI: {@code uniaxial} E = −K(m·u)², {@code easy-plane} E = +K(m·u)²
 * (K > 0 favours the plane normal to u), {@code cubic} with its first cube axis along u.
 */
public record AnisotropyInput(AnisotropyKind kind, double kJPerM3, Vector3 axis) {

	public AnisotropyInput {
		if (kind == null) {
			throw new IllegalArgumentException("an anisotropy needs its kind");
		}
		Checks.finite("anisotropy constant", kJPerM3);
		if (!(axis.norm() > 0)) {
			throw new IllegalArgumentException("the anisotropy axis must be a non-zero vector");
		}
	}
}
