package org.spintex.dsl.validation;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.spintex.core.geometry.PlaneShape;
import org.spintex.dsl.catalog.FilmCells;
import org.spintex.dsl.catalog.Outlines;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Film;
import org.spintex.dsl.spintex.Grains;
import org.spintex.dsl.spintex.Region;
import org.spintex.dsl.spintex.SpintexPackage.Literals;

/**
 * A region's outline describes a shape (known primitives, lengths, angles) that covers cells of its film; an empty
 * region carries no material; a film has at most one tessellation into grains, of grains larger than a cell.
 */
public class RegionValidator extends AbstractDeclarativeValidator {

	public static final String OUTLINE = "outline";
	public static final String REGION = "region";
	public static final String GRAINS = "grains";
	/** Films with more cells than this are not scanned for a region's cells while typing. */
	private static final long LARGEST_SCAN = 4_000_000;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into SpintexValidator
	}

	@Check
	public void checkRegion(Region region) {
		if (region.getOutline() == null) {
			return;
		}
		Outlines.Reading reading = Outlines.read(region.getOutline());
		reading.problems().forEach(p -> error(p.message(), p.where(), null, OUTLINE));
		if (region.isEmpty() && (region.getMaterial() != null || !region.getProperties().isEmpty())) {
			error("an empty region has no material: remove its 'material' and properties, or 'empty'", region, Literals.REGION__EMPTY,
					REGION);
		}
		Film film = region.getFilm();
		if (film == null || film.eIsProxy() || reading.shape().isEmpty()) {
			return;
		}
		Optional<FilmCells> cells = FilmCells.of(film.getProperties());
		if (cells.isEmpty() || (long) cells.get().nx() * cells.get().ny() > LARGEST_SCAN) {
			return;
		}
		if (covered(cells.get(), reading.shape().get()) == 0) {
			error(String.format(Locale.ROOT, "region %s covers no cell of film %s (%s × %s nm): a cell is the region's when its "
					+ "centre lies inside the outline, and 'at' is measured from the film's south-west corner", region.getName(),
					film.getName(), nm(cells.get().lengthMetre()), nm(cells.get().widthMetre())), region, Literals.REGION__OUTLINE,
					REGION);
		}
	}

	/** The DMI class a region's material has: its own dmi, else its named material's, else the film's (null: none). */
	private static String dmiClass(java.util.List<org.spintex.dsl.spintex.Property> properties) {
		return Schemas.find(properties, "dmi").map(p -> p.getQualifier() == null ? "interfacial" : p.getQualifier()).orElse(null);
	}

	/** A film's DMI has one class: its regions may change D, not the class. */
	@Check
	public void checkDmiClass(Region region) {
		Film film = region.getFilm();
		if (film == null || film.eIsProxy() || region.isEmpty() || film.getMaterial() == null || film.getMaterial().eIsProxy()) {
			return;
		}
		String own = dmiClass(region.getProperties());
		if (own == null && region.getMaterial() != null && !region.getMaterial().eIsProxy()) {
			own = dmiClass(region.getMaterial().getProperties());
		}
		String filmClass = dmiClass(film.getMaterial().getProperties());
		if (own != null && filmClass != null && !own.equals(filmClass)) {
			error("region " + region.getName() + " has " + own + " DMI in a film of " + filmClass + " DMI; a film's DMI has one "
					+ "class: its regions may change D, not the class", region, Literals.REGION__NAME, REGION);
		}
	}

	private static long covered(FilmCells cells, PlaneShape shape) {
		long n = 0;
		for (int j = 0; j < cells.ny(); j++) {
			for (int i = 0; i < cells.nx(); i++) {
				if (shape.contains((i + 0.5) * cells.cellXMetre(), (j + 0.5) * cells.cellYMetre())) {
					n++;
				}
			}
		}
		return n;
	}

	@Check
	public void checkGrains(Grains grains) {
		Device device = EcoreUtil2.getContainerOfType(grains, Device.class);
		Film film = grains.getFilm();
		if (device == null || film == null || film.eIsProxy()) {
			return;
		}
		Grains first = EcoreUtil2.typeSelect(device.getParts(), Grains.class).stream().filter(g -> g.getFilm() == film).findFirst()
				.orElseThrow();
		if (first != grains) {
			error("film " + film.getName() + " already has its grains (" + first.getName() + "); a film has one tessellation",
					grains, Literals.GRAINS__NAME, GRAINS);
		}
		Optional<FilmCells> cells = FilmCells.of(film.getProperties());
		Optional<Double> size = Schemas.find(grains.getProperties(), "size").map(p -> p.getValue())
				.filter(org.spintex.dsl.spintex.Quantity.class::isInstance)
				.map(q -> org.spintex.dsl.units.SiValues.of((org.spintex.dsl.spintex.Quantity) q));
		if (cells.isPresent() && size.isPresent()) {
			double cell = Math.max(cells.get().cellXMetre(), cells.get().cellYMetre());
			if (size.get() < 2 * cell) {
				warning(String.format(Locale.ROOT, "grains of %s nm on cells of %s nm: a grain spans fewer than two cells, so "
						+ "the mesh cannot resolve its shape; use grains of at least %s nm or smaller cells", nm(size.get()), nm(cell),
						nm(2 * cell)), grains, Literals.GRAINS__NAME, GRAINS);
			}
		}
	}

	private static String nm(double metre) {
		return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", metre * 1e9)).stripTrailingZeros().toPlainString();
	}
}
