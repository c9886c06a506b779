package org.spintex.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spintex.core.math.Vector3;
import org.spintex.dsl.spintex.Texture;
import org.spintex.input.ChoiceWord;
import org.spintex.input.InitialStateInput;
import org.spintex.input.WallArrangement;
import org.spintex.input.WallChirality;

/**
 * The classical moment on each site of a wire, sampled from a texture of the language. Sites are counted
 * from 0 and the wire runs along z, as the chain of seed 004 Fig. 1 does.
 */
final class WireMoments {

	private WireMoments() {
	}

	/**
	 * The moments of {@code n} sites: from {@code texture}, or, without one, all at {@code coneAngle} from the
	 * precession axis; a uniform texture is tilted to the cone angle too when one is given.
	 */
	static List<Vector3> sample(Texture texture, int n, Vector3 axis, Double coneAngle) {
		String kind = texture == null ? "uniform" : texture.getKind();
		SiProperties p = texture == null ? new SiProperties(List.of()) : new SiProperties(texture.getProperties());
		List<Vector3> moments = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			moments.add(switch (kind) {
			case "uniform" -> cone(p.vector("direction").orElse(axis), axis, coneAngle);
			case "domain-wall" -> wall(p, n, i);
			case "spiral" -> spiral(p, n, i);
			case "random" -> null;
			default -> throw new CompileException("a wire cannot take its moments from a " + kind + " texture");
			});
		}
		if (kind.equals("random")) {
			SplittableRandom random = new SplittableRandom((long) p.get("seed", 0));
			for (int i = 0; i < n; i++) {
				Vector3 v;
				do {
					v = new Vector3(2 * random.nextDouble() - 1, 2 * random.nextDouble() - 1, 2 * random.nextDouble() - 1);
				} while (v.norm() > 1 || v.norm() < 1e-3); // uniform on the sphere by rejection
				moments.set(i, v.normalized());
			}
		}
		return moments;
	}

	/** {@code direction} tilted to the cone angle from the axis, keeping its azimuth about the axis. */
	private static Vector3 cone(Vector3 direction, Vector3 axis, Double coneAngle) {
		Vector3 n = axis.normalized(), d = direction.normalized();
		if (coneAngle == null) {
			return d;
		}
		Vector3 transverse = d.minus(n.times(d.dot(n)));
		if (transverse.norm() < 1e-12) {
			// along the axis: tilt towards the next lab axis (z → x, x → y, y → z)
			transverse = new Vector3(n.z(), n.x(), n.y());
		}
		return n.times(Math.cos(coneAngle)).plus(transverse.normalized().times(Math.sin(coneAngle)));
	}

	/**
	 * A head-to-head wall at site i0 of width w, u = (i0 − i)/w: tanh, M = (0, sech u, tanh u) (Bloch; Néel
	 * turns through x), or seed 004's noncoplanar M = (−sech u tanh u, sech² u, tanh u) (Fig. 1(c)).
	 * Tail-to-tail (down-up) reverses every moment.
	 */
	private static Vector3 wall(SiProperties p, int n, int i) {
		double center = p.get("center-site", (n - 1) / 2.0), width = p.get("width-sites", 1);
		double u = (center - i) / width, sech = 1 / Math.cosh(u), tanh = Math.tanh(u);
		WallChirality chirality = p.word("chirality").map(w -> ChoiceWord.of(WallChirality.class, w))
				.orElse(InitialStateInput.DomainWall.DEFAULT_CHIRALITY);
		boolean neel = chirality == WallChirality.NEEL;
		Vector3 m = switch (p.word("profile").orElse("tanh")) {
		case "noncoplanar" -> new Vector3(-sech * tanh, sech * sech, tanh);
		default -> neel ? new Vector3(sech, 0, tanh) : new Vector3(0, sech, tanh);
		};
		WallArrangement arrangement = p.word("arrangement").map(w -> ChoiceWord.of(WallArrangement.class, w))
				.orElse(InitialStateInput.DomainWall.DEFAULT_ARRANGEMENT);
		return arrangement.reversed() ? m.times(-1) : m;
	}

	/** {@code windings} turns over the wire (default 1): helical in the xy plane, cycloidal in the xz plane. */
	private static Vector3 spiral(SiProperties p, int n, int i) {
		double phi = 2 * Math.PI * p.get("windings", 1) * i / n;
		return p.word("chirality").orElse("cycloidal").equals("helical") ? new Vector3(Math.cos(phi), Math.sin(phi), 0)
				: new Vector3(Math.sin(phi), 0, Math.cos(phi));
	}
}
