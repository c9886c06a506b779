package org.spintex.core.geometry;

import org.spintex.core.random.CounterRandom;

/**
 * A Voronoi tessellation of a rectangle of the plane into grains: seed points scattered uniformly at random, one per
 * size² on average (their number is the area over size², rounded), each point of the plane in the grain of the nearest
 * seed; along a periodic axis distances wrap around. The points come from a counter-based generator, so one seed gives
 * the same grains everywhere, and a grain's number is its seed point's.
 */
public final class VoronoiGrains {

	/** The random stream of the seed points' coordinates (the grains' properties use others). */
	private static final long POINTS = 0;

	private final double widthMetre;
	private final double heightMetre;
	private final boolean periodicX;
	private final boolean periodicY;
	private final double[] x;
	private final double[] y;
	/** Seed points sorted into square buckets of the mean grain size, for a nearest search that looks only nearby. */
	private final int bucketsX;
	private final int bucketsY;
	private final int[][] buckets;
	private final double bucketWidth;
	private final double bucketHeight;

	public VoronoiGrains(double widthMetre, double heightMetre, double sizeMetre, long seed, boolean periodicX, boolean periodicY) {
		if (!(widthMetre > 0 && heightMetre > 0 && sizeMetre > 0)) {
			throw new IllegalArgumentException("grains need a positive area and size");
		}
		this.widthMetre = widthMetre;
		this.heightMetre = heightMetre;
		this.periodicX = periodicX;
		this.periodicY = periodicY;
		int count = (int) Math.max(1, Math.round(widthMetre * heightMetre / (sizeMetre * sizeMetre)));
		CounterRandom random = new CounterRandom(seed);
		x = new double[count];
		y = new double[count];
		for (int g = 0; g < count; g++) {
			x[g] = random.uniform(POINTS, 2L * g) * widthMetre;
			y[g] = random.uniform(POINTS, 2L * g + 1) * heightMetre;
		}
		bucketsX = Math.max(1, (int) (widthMetre / sizeMetre));
		bucketsY = Math.max(1, (int) (heightMetre / sizeMetre));
		bucketWidth = widthMetre / bucketsX;
		bucketHeight = heightMetre / bucketsY;
		int[] counts = new int[bucketsX * bucketsY];
		for (int g = 0; g < count; g++) {
			counts[bucket(g)]++;
		}
		buckets = new int[counts.length][];
		for (int b = 0; b < counts.length; b++) {
			buckets[b] = new int[counts[b]];
			counts[b] = 0;
		}
		for (int g = 0; g < count; g++) {
			int b = bucket(g);
			buckets[b][counts[b]++] = g;
		}
	}

	private int bucket(int g) {
		int i = Math.min(bucketsX - 1, (int) (x[g] / bucketWidth));
		int j = Math.min(bucketsY - 1, (int) (y[g] / bucketHeight));
		return i + bucketsX * j;
	}

	/** The seed point of grain g, {x, y} in metre. */
	public double[] point(int g) {
		return new double[] { x[g], y[g] };
	}

	/** How many grains there are. */
	public int count() {
		return x.length;
	}

	/**
	 * The grain of the point (px, py) of the rectangle: the nearest seed point, ties to the lower number. The search
	 * widens ring by ring of buckets until no unsearched bucket can hold a nearer point.
	 */
	public int grainAt(double px, double py) {
		int ci = Math.min(bucketsX - 1, Math.max(0, (int) (px / bucketWidth)));
		int cj = Math.min(bucketsY - 1, Math.max(0, (int) (py / bucketHeight)));
		int best = -1;
		double bestDistance = Double.POSITIVE_INFINITY;
		int maxRing = Math.max(bucketsX, bucketsY);
		for (int ring = 0; ring <= maxRing; ring++) {
			// every point beyond this ring is at least (ring) bucket widths away
			double reach = (ring - 1) * Math.min(bucketWidth, bucketHeight);
			if (best >= 0 && ring > 0 && reach * reach > bestDistance) {
				break;
			}
			for (int dj = -ring; dj <= ring; dj++) {
				for (int di = -ring; di <= ring; di++) {
					if (Math.max(Math.abs(di), Math.abs(dj)) != ring) {
						continue;
					}
					int bi = ci + di, bj = cj + dj;
					if (periodicX) {
						bi = Math.floorMod(bi, bucketsX);
					} else if (bi < 0 || bi >= bucketsX) {
						continue;
					}
					if (periodicY) {
						bj = Math.floorMod(bj, bucketsY);
					} else if (bj < 0 || bj >= bucketsY) {
						continue;
					}
					for (int g : buckets[bi + bucketsX * bj]) {
						double d = distanceSquared(px, py, g);
						if (d < bestDistance || (d == bestDistance && g < best)) {
							bestDistance = d;
							best = g;
						}
					}
				}
			}
		}
		return best;
	}

	private double distanceSquared(double px, double py, int g) {
		double dx = Math.abs(px - x[g]), dy = Math.abs(py - y[g]);
		if (periodicX) {
			dx = Math.min(dx, widthMetre - dx);
		}
		if (periodicY) {
			dy = Math.min(dy, heightMetre - dy);
		}
		return dx * dx + dy * dy;
	}
}
