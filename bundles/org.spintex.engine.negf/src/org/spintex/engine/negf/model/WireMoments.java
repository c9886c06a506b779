package org.spintex.engine.negf.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.spintex.core.math.Vector3;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;
import org.spintex.input.WallProfile;
import org.spintex.input.WireTextureInput;

/**
 * The classical moment on each site of a wire, sampled from the texture the file gives it. Sites are counted from 0
 * and the wire runs along z, as the chain of seed 004 Fig. 1 does. The wall is the film's wall profile
 * θ = 2 arctan e^((i − i0)/w) along the wire's axis (cos θ = tanh u, sin θ = sech u with u = (i0 − i)/w); the spiral is
 * a film's spiral along z (cycloidal in the x-z plane, helical in the x-y plane).
 */
public final class WireMoments {

	private WireMoments() {
	}

	/**
	 * The moments of {@code sites} sites; a uniform texture (or none) is tilted to {@code coneAngle} from the
	 * precession axis when a cone angle is given.
	 */
	public static List<Vector3> sample(WireTextureInput texture, int sites, Vector3 axis, OptionalDouble coneAngle) {
		List<Vector3> moments = new ArrayList<>();
		switch (texture) {
		case WireTextureInput.Uniform uniform -> {
			Vector3 m = cone(uniform.direction().orElse(axis), axis, coneAngle);
			for (int i = 0; i < sites; i++) {
				moments.add(m);
			}
		}
		case WireTextureInput.DomainWall wall -> {
			for (int i = 0; i < sites; i++) {
				moments.add(wall(wall, sites, i));
			}
		}
		case WireTextureInput.Spiral spiral -> {
			for (int i = 0; i < sites; i++) {
				double phi = 2 * Math.PI * spiral.windings() * i / sites;
				moments.add(spiral.chirality() == org.spintex.input.SpiralChirality.HELICAL
						? new Vector3(Math.cos(phi), Math.sin(phi), 0) : new Vector3(Math.sin(phi), 0, Math.cos(phi)));
			}
		}
		case WireTextureInput.RandomDirections random -> {
			SplittableRandom stream = new SplittableRandom(random.seed());
			for (int i = 0; i < sites; i++) {
				Vector3 v;
				do {
					v = new Vector3(2 * stream.nextDouble() - 1, 2 * stream.nextDouble() - 1, 2 * stream.nextDouble() - 1);
				} while (v.norm() > 1 || v.norm() < 1e-3); // uniform on the sphere by rejection
				moments.add(v.normalized());
			}
		}
		}
		return moments;
	}

	/** {@code direction} tilted to the cone angle from the axis, keeping its azimuth about the axis. */
	private static Vector3 cone(Vector3 direction, Vector3 axis, OptionalDouble coneAngle) {
		Vector3 n = axis.normalized(), d = direction.normalized();
		if (coneAngle.isEmpty()) {
			return d;
		}
		Vector3 transverse = d.minus(n.times(d.dot(n)));
		if (transverse.norm() < 1e-12) {
			// along the axis: tilt towards the next lab axis (z → x, x → y, y → z)
			transverse = new Vector3(n.z(), n.x(), n.y());
		}
		return n.times(Math.cos(coneAngle.getAsDouble())).plus(transverse.normalized().times(Math.sin(coneAngle.getAsDouble())));
	}

	/**
	 * A head-to-head wall at site i0 ((n − 1)/2 by default) of width w (1 site by default), u = (i0 − i)/w: tanh,
	 * M = (0, sech u, tanh u) (Bloch; Néel turns through x), or seed 004's noncoplanar M = (−sech u tanh u, sech² u,
	 * tanh u) (Fig. 1(c)). Tail-to-tail (down-up) reverses every moment: along the wire, up is its axis z.
	 */
	private static Vector3 wall(WireTextureInput.DomainWall wall, int sites, int i) {
		double centre = wall.centreSite().orElse((sites - 1) / 2.0), width = wall.widthSites().orElse(1);
		double u = (centre - i) / width, sech = 1 / Math.cosh(u), tanh = Math.tanh(u);
		boolean neel = wall.chirality() == WallChirality.NEEL;
		Vector3 m = wall.profile() == WallProfile.NONCOPLANAR ? new Vector3(-sech * tanh, sech * sech, tanh)
				: neel ? new Vector3(sech, 0, tanh) : new Vector3(0, sech, tanh);
		WallArrangement arrangement = wall.arrangement();
		return arrangement.reversed() ? m.times(-1) : m;
	}
}
