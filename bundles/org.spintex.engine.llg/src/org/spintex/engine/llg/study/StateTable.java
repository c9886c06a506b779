package org.spintex.engine.llg.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spintex.core.math.Vector3;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.observable.AverageMagnetization;
import org.spintex.engine.llg.observable.EnergyBreakdown;
import org.spintex.engine.llg.observable.TopologicalCharge;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.term.FieldTerm;
import org.spintex.engine.llg.term.ThermalField;

/**
 * The columns of table.csv, each named {@code name (unit)}: time, ⟨m⟩, the energy of every term and
 * their total, the topological charge of the bottom layer by the lattice and finite-difference
 * methods (MuMax3's sign), the largest torque |m × B|, the tracked texture's position, and for a stack of
 * films each film's ⟨m⟩ ({@code mx_<film>}, …) and the energy of its own terms ({@code E_exchange_<film>}, …).
 */
final class StateTable {

	private final Magnet magnet;
	private final LlgEquation equation;
	private final List<String> columns = new ArrayList<>();
	private final VectorField field;

	/** The films of a stack, each with its own columns; empty for a single film. */
	private final List<FilmLayers> films;
	/** For each film of a stack, whether it starts from a skyrmion, whose charge and centre it then follows. */
	private final List<Boolean> filmSkyrmions;
	private final List<String> filmEnergies = new ArrayList<>();

	StateTable(Magnet magnet, LlgEquation equation, org.spintex.input.MicromagneticInput input, List<FilmLayers> films) {
		this.magnet = magnet;
		this.equation = equation;
		this.films = List.copyOf(films);
		org.spintex.input.InitialStateInput initial = input.initialState();
		this.filmSkyrmions = films.stream().map(f -> input.films().stream().filter(i -> f.film().orElseThrow().equals(i.film()))
				.findFirst().flatMap(org.spintex.input.FilmLayerInput::initialState).orElse(initial))
				.map(state -> state instanceof org.spintex.input.InitialStateInput.Skyrmion).toList();
		this.field = new VectorField(magnet.mesh());
		columns.addAll(List.of("t (s)", "mx ()", "my ()", "mz ()"));
		for (FieldTerm term : equation.fieldTerms()) {
			if (!(term instanceof ThermalField) && !columns.contains("E_" + term.name() + " (J)")) {
				columns.add("E_" + term.name() + " (J)");
			}
		}
		columns.addAll(List.of("E_total (J)", "Q ()", "Q_fd ()", "max_torque (T)"));
		trackSkyrmion = initial instanceof org.spintex.input.InitialStateInput.Skyrmion;
		trackWall = initial instanceof org.spintex.input.InitialStateInput.DomainWall;
		if (trackSkyrmion) {
			columns.addAll(List.of("x_sk (m)", "y_sk (m)", "r_sk (m)"));
		}
		if (trackWall) {
			columns.add("x_dw (m)");
		}
		for (int f = 0; f < films.size(); f++) {
			String name = films.get(f).film().orElseThrow();
			columns.addAll(List.of("mx_" + name + " ()", "my_" + name + " ()", "mz_" + name + " ()"));
			if (filmSkyrmions.get(f)) {
				columns.addAll(List.of("Q_" + name + " ()", "x_sk_" + name + " (m)", "y_sk_" + name + " (m)"));
			}
		}
		for (FieldTerm term : equation.fieldTerms()) {
			term.film().map(f -> term.name() + "_" + f).filter(key -> !filmEnergies.contains(key)).ifPresent(filmEnergies::add);
		}
		filmEnergies.forEach(key -> columns.add("E_" + key + " (J)"));
	}

	private final boolean trackSkyrmion;
	/** What happened to the tracked skyrmion, once it could no longer be found; null while it is there. */
	private String lostSkyrmion;
	private final boolean trackWall;

	List<String> columns() {
		return List.copyOf(columns);
	}

	double[] row(double timeSecond, VectorField m) {
		return row(timeSecond, m, EnergyBreakdown.of(equation, m, timeSecond));
	}

	/** A warning for the run when the tracked skyrmion disappeared (its first row without one). */
	java.util.Optional<String> lostSkyrmion() {
		return java.util.Optional.ofNullable(lostSkyrmion);
	}

	/** The row, with the energies already computed for this state (term name → J, and "total"). */
	double[] row(double timeSecond, VectorField m, Map<String, Double> energies) {
		double[] row = new double[columns.size()];
		Vector3 average = AverageMagnetization.of(magnet, m);
		row[0] = timeSecond;
		row[1] = average.x();
		row[2] = average.y();
		row[3] = average.z();
		int i = 4;
		for (Map.Entry<String, Double> e : energies.entrySet()) {
			row[i++] = e.getValue();
		}
		row[i++] = TopologicalCharge.ofLayer(m, 0);
		row[i++] = TopologicalCharge.finiteDifference(magnet, m, 0);
		equation.effectiveField(timeSecond, m, field);
		row[i++] = equation.maxTorqueTesla(m, field);
		if (trackSkyrmion) {
			// the guiding centre (Papanicolaou and Tomaras) of the bottom layer
			double[] centre = org.spintex.engine.llg.observable.SkyrmionGeometry.guidingCentre(magnet, m, 0);
			if (Double.isNaN(centre[0]) && lostSkyrmion == null) {
				lostSkyrmion = String.format(java.util.Locale.ROOT, "the skyrmion is gone at t = %.4g s (|Q| = %.3f of layer 0 "
						+ "fell below %.1f: annihilated, or pushed out of the film); x_sk, y_sk and r_sk are NaN from then on",
						timeSecond, Math.abs(row[i - 3]), org.spintex.engine.llg.observable.SkyrmionGeometry.SMALLEST_CHARGE);
			}
			row[i++] = centre[0];
			row[i++] = centre[1];
			// where m_z changes sign along x from the centre; NaN once the skyrmion is gone
			row[i++] = org.spintex.engine.llg.observable.SkyrmionGeometry.radius(magnet, m, centre[0], centre[1], 0);
		}
		if (trackWall) {
			row[i++] = org.spintex.engine.llg.observable.DomainWallPosition.of(magnet, m);
		}
		for (int f = 0; f < films.size(); f++) {
			FilmLayers film = films.get(f);
			Vector3 own = AverageMagnetization.of(magnet, m, film);
			row[i++] = own.x();
			row[i++] = own.y();
			row[i++] = own.z();
			if (filmSkyrmions.get(f)) {
				// the charge and guiding centre of the film's bottom layer (NaN once its skyrmion is gone)
				row[i++] = TopologicalCharge.ofLayer(m, film.firstLayer());
				double[] centre = org.spintex.engine.llg.observable.SkyrmionGeometry.guidingCentre(magnet, m, film.firstLayer());
				row[i++] = centre[0];
				row[i++] = centre[1];
			}
		}
		if (!filmEnergies.isEmpty()) {
			Map<String, Double> byFilm = EnergyBreakdown.byFilm(equation, m, timeSecond);
			for (String key : filmEnergies) {
				row[i++] = byFilm.get(key);
			}
		}
		return row;
	}
}
