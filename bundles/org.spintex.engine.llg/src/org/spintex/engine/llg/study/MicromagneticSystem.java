package org.spintex.engine.llg.study;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
import org.spintex.engine.llg.model.FilmLayers;
import org.spintex.engine.llg.model.Magnet;
import org.spintex.engine.llg.model.Regions;
import org.spintex.engine.llg.solver.Convergence;
import org.spintex.engine.llg.solver.DormandPrince45;
import org.spintex.engine.llg.solver.EnergyMinimizer;
import org.spintex.engine.llg.solver.HeunIntegrator;
import org.spintex.engine.llg.solver.Integrator;
import org.spintex.engine.llg.solver.LlgEquation;
import org.spintex.engine.llg.solver.Relaxation;
import org.spintex.engine.llg.solver.RungeKutta4;
import org.spintex.engine.llg.term.BoundaryCondition;
import org.spintex.engine.llg.term.CubicAnisotropyField;
import org.spintex.engine.llg.term.DemagField;
import org.spintex.engine.llg.term.DmiClass;
import org.spintex.engine.llg.term.DmiField;
import org.spintex.engine.llg.term.ExchangeField;
import org.spintex.engine.llg.term.InterfaceExchangeField;
import org.spintex.engine.llg.term.InterlayerExchangeField;
import org.spintex.engine.llg.term.ThermalField;
import org.spintex.engine.llg.term.UniaxialAnisotropyField;
import org.spintex.engine.llg.term.ZeemanField;
import org.spintex.engine.llg.torque.SpinOrbitTorque;
import org.spintex.engine.llg.torque.ZhangLiTorque;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.AnisotropyKind;
import org.spintex.input.CurrentInput;
import org.spintex.input.FieldDriveInput;
import org.spintex.input.FilmEdge;
import org.spintex.input.FilmLayerInput;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.InterlayerCouplingInput;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.ZhangLiConvention;

/**
 * The magnet and its equation of motion built from a compiled input: one registration per term that
 * the input asks for, the material terms once per film of a stack (each on its layers), the exchange across
 * touching films and the interlayer couplings across spacers. Drives and currents are off before t = 0 (the ground-state stage).
 */
public final class MicromagneticSystem {

	private final MicromagneticInput input;
	private final Magnet magnet;
	private final LlgEquation equation;
	/** The regions of every film, from the bottom up. */
	private final List<FilmRegions> filmRegions;
	/** False during the ground-state stage: drives and currents wait for t = 0. */
	private volatile boolean dynamics;

	public MicromagneticSystem(MicromagneticInput input, CellLoops loops) {
		this.input = input;
		FilmMeshInput film = input.film();
		Mesh mesh = new Mesh(film.nx(), film.ny(), film.nz(), film.cellXMetre(), film.cellYMetre(), film.cellZMetre(),
				film.periodicX(), film.periodicY());
		Shape outline = shape(film);
		List<FilmLayerInput> films = input.films();
		this.filmRegions = films.stream().map(f -> new FilmRegions(f, mesh, outline)).toList();
		this.magnet = magnet(mesh, filmRegions, loops);
		this.equation = new LlgEquation(magnet);

		for (FilmRegions f : filmRegions) {
			addMaterialTerms(layers(f.film()), f);
		}
		// films that touch are exchange-coupled through their interface, films across a spacer as the file says
		for (int i = 1; i < films.size(); i++) {
			FilmRegions lower = filmRegions.get(i - 1), upper = filmRegions.get(i);
			if (upper.film().firstLayer() == lower.film().endLayer()) {
				equation.add(new InterfaceExchangeField(magnet, layers(lower.film()), lower.regions(), exchange(lower),
						layers(upper.film()), upper.regions(), exchange(upper)));
			}
		}
		for (InterlayerCouplingInput coupling : input.couplings()) {
			equation.add(new InterlayerExchangeField(magnet, layers(film(coupling.lowerFilm())), layers(film(coupling.upperFilm())),
					coupling.bilinearJPerM2(), coupling.biquadraticJPerM2()));
		}
		if (input.demag()) {
			equation.add(new DemagField(magnet, input.precision()));
		}
		Vector3 staticField = input.staticFieldTesla();
		List<FieldDriveInput> drives = input.fieldDrives();
		if (staticField.norm() > 0 || !drives.isEmpty()) {
			double peak = staticField.norm() + drives.stream().mapToDouble(d -> d.amplitudeTesla().norm()).sum();
			equation.add(new ZeemanField(magnet, t -> {
				Vector3 b = staticField;
				if (dynamics) {
					for (FieldDriveInput drive : drives) {
						b = b.plus(drive.at(t));
					}
				}
				return b;
			}, peak));
		}
		if (input.temperatureKelvin() > 0) {
			equation.add(new ThermalField(magnet, input.temperatureKelvin(), input.seed()));
		}
		for (FilmLayerInput f : films) {
			addCurrents(f, mesh);
		}
	}

	/** The magnet of the films: every cell with the Ms, α and γ of its region's material (Ms = 0 where it has none). */
	private static Magnet magnet(Mesh mesh, List<FilmRegions> films, CellLoops loops) {
		int n = mesh.cellCount();
		double[] ms = new double[n], alpha = new double[n], gamma = new double[n];
		// a cell without material carries the bottom film's α and γ: it has no magnetization, so they never act there
		Arrays.fill(alpha, films.get(0).film().material().alpha());
		Arrays.fill(gamma, films.get(0).film().material().gammaRadPerSecondTesla());
		for (FilmRegions f : films) {
			for (int c = 0; c < n; c++) {
				MagnetMaterialInput material = f.materialOf(c);
				if (material != null) {
					ms[c] = material.msAmperePerMetre();
					alpha[c] = material.alpha();
					gamma[c] = material.gammaRadPerSecondTesla();
				}
			}
		}
		return new Magnet(mesh, ms, alpha, gamma, loops);
	}

	private static double[] exchange(FilmRegions film) {
		return film.materials().stream().mapToDouble(MagnetMaterialInput::exchangeJPerM).toArray();
	}

	/** The layers of a film: the whole mesh for a single film (no per-film columns), else its named layers. */
	private FilmLayers layers(FilmLayerInput f) {
		return input.stack() ? FilmLayers.of(f.film(), f.firstLayer(), f.endLayer()) : FilmLayers.whole(magnet.mesh());
	}

	private FilmLayerInput film(String name) {
		return input.films().stream().filter(f -> f.film().equals(name)).findFirst().orElseThrow();
	}

	/**
	 * Exchange, DMI and anisotropy of one film, acting on its layers, each with the parameters of every region of the
	 * film (one region for a film of one material: the scalar paths of the terms).
	 */
	private void addMaterialTerms(FilmLayers layers, FilmRegions film) {
		Mesh mesh = magnet.mesh();
		List<MagnetMaterialInput> materials = film.materials();
		Regions regions = layers.film().isEmpty() && materials.size() == 1 ? Regions.single(magnet, layers) : film.regions();
		int count = materials.size();
		DmiClass dmiClass = null;
		for (MagnetMaterialInput material : materials) {
			DmiClass own = dmiClass(material.dmiClass());
			if (own != null && material.dmiJPerM2() != 0) {
				if (dmiClass != null && dmiClass != own) {
					throw new IllegalArgumentException("the regions of film " + film.film().film() + " have DMI of two classes, "
							+ dmiClass + " and " + own + "; a film's DMI has one class");
				}
				dmiClass = own;
			}
		}
		BoundaryCondition[] boundary = new BoundaryCondition[count];
		double[] exchange = new double[count], dmi = new double[count];
		for (int r = 0; r < count; r++) {
			MagnetMaterialInput material = materials.get(r);
			exchange[r] = material.exchangeJPerM();
			dmi[r] = dmiClass(material.dmiClass()) == dmiClass ? material.dmiJPerM2() : 0;
			boundary[r] = dmiClass != null && dmi[r] != 0 && exchange[r] > 0
					? BoundaryCondition.withDmi(mesh, dmiClass, dmi[r], exchange[r]) : BoundaryCondition.neumann();
		}
		if (Arrays.stream(exchange).anyMatch(a -> a > 0)) {
			equation.add(new ExchangeField(magnet, exchange, boundary, regions, layers));
		}
		if (dmiClass != null) {
			equation.add(new DmiField(magnet, dmiClass, dmi, boundary, regions, layers));
		}
		for (AnisotropyKind kind : AnisotropyKind.values()) {
			if (materials.stream().noneMatch(m -> m.anisotropy(kind).isPresent())) {
				continue;
			}
			double[] k = new double[count];
			double[][] axis = new double[count][];
			double[][] second = new double[count][];
			for (int r = 0; r < count; r++) {
				AnisotropyInput a = materials.get(r).anisotropy(kind).orElse(null);
				Vector3 u = a == null ? Vector3.UNIT_Z : a.axis();
				k[r] = a == null ? 0 : kind == AnisotropyKind.EASY_PLANE ? -a.kJPerM3() : a.kJPerM3();
				axis[r] = new double[] { u.x(), u.y(), u.z() };
				second[r] = perpendicular(u);
			}
			equation.add(kind == AnisotropyKind.CUBIC ? new CubicAnisotropyField(magnet, k, axis, second, regions, layers)
					: new UniaxialAnisotropyField(magnet, k, 0, axis, regions, layers));
		}
	}

	/**
	 * The torques of the currents of the contacts on one film, acting on its cells: Zhang–Li through the film, the
	 * spin-orbit torque of a heavy metal on it (with the film's own thickness in B_DL).
	 */
	private void addCurrents(FilmLayerInput f, Mesh mesh) {
		FilmLayers layers = layers(f);
		boolean[] cells = input.stack() ? cellsOf(mesh, layers) : null;
		double thickness = f.layerCount() * mesh.cellZMetre();
		for (CurrentInput current : f.currents()) {
			if (current.polarization() != 0) {
				// seed 000 eqs. (4), (10): the current along a contact acts on the interface cells only
				boolean[] region = current.alongEdge() ? both(edgeColumn(mesh, current.edge()), cells) : cells;
				equation.add(new ZhangLiTorque(magnet, current.polarization(), current.beta(), current.zhangLiConvention(),
						t -> current.currentDensity().times(dynamics ? current.envelope(t) : 0), region));
			}
			if (current.spinHallAngle() != 0) {
				Vector3 j = current.currentDensity();
				equation.add(new SpinOrbitTorque(magnet, current.spinHallAngle(), current.fieldLikeRatio(), thickness,
						j.times(1 / j.norm()), Vector3.UNIT_Z, t -> dynamics ? j.norm() * current.envelope(t) : 0, cells));
			}
		}
	}

	private static boolean[] cellsOf(Mesh mesh, FilmLayers layers) {
		boolean[] cells = new boolean[mesh.cellCount()];
		java.util.Arrays.fill(cells, layers.firstCell(mesh), layers.endCell(mesh), true);
		return cells;
	}

	/** The cells in both regions; a null region is every cell. */
	private static boolean[] both(boolean[] a, boolean[] b) {
		if (b == null) {
			return a;
		}
		boolean[] r = new boolean[a.length];
		for (int c = 0; c < r.length; c++) {
			r[c] = a[c] && b[c];
		}
		return r;
	}

	/** The cells that touch the given edge of the mesh: the interface with a contact there. */
	static boolean[] edgeColumn(Mesh mesh, FilmEdge edge) {
		boolean[] region = new boolean[mesh.cellCount()];
		for (int c = 0; c < region.length; c++) {
			int i = mesh.i(c), j = mesh.j(c);
			region[c] = switch (edge) {
			case WEST -> i == 0;
			case EAST -> i == mesh.nx() - 1;
			case SOUTH -> j == 0;
			case NORTH -> j == mesh.ny() - 1;
			};
		}
		return region;
	}

	private static Shape shape(FilmMeshInput film) {
		return switch (film.shape()) {
		case BOX, WIRE -> new Shape.Everywhere();
		case DISK -> new Shape.Disk(Math.min(film.sizeXMetre(), film.sizeYMetre()));
		case ELLIPSE -> new Shape.Ellipse(film.sizeXMetre(), film.sizeYMetre());
		case LOOP -> new Shape.Ring(Math.min(film.sizeXMetre(), film.sizeYMetre()), film.innerDiameterMetre());
		};
	}

	private static DmiClass dmiClass(org.spintex.input.DmiKind kind) {
		return switch (kind) {
		case INTERFACIAL -> DmiClass.INTERFACIAL;
		case BULK -> DmiClass.BULK;
		case D2D -> DmiClass.D2D;
		case NONE -> null;
		};
	}

	/** A second cube axis: any unit vector normal to the first. */
	private static double[] perpendicular(Vector3 u) {
		Vector3 helper = Math.abs(u.z()) < 0.9 * u.norm() ? Vector3.UNIT_Z : Vector3.UNIT_X;
		Vector3 p = helper.minus(u.times(helper.dot(u) / u.dot(u)));
		return new double[] { p.x(), p.y(), p.z() };
	}

	/**
	 * Brings m to the ground state the input asks for (relax, minimize or none), with the environment's
	 * field only: drives and currents are still off. Says how the search ended, if there was one.
	 */
	public Optional<Convergence> findGroundState(VectorField m, RunControl control) {
		GroundStateSearch search = input.groundState();
		return switch (search.method()) {
		case RELAX -> Optional.of(new Relaxation(search.torqueToleranceTesla(), search.maxIterations()).relax(equation, m, control));
		case MINIMIZE -> Optional.of(new EnergyMinimizer(search.torqueToleranceTesla(), search.maxIterations()).minimize(equation,
				m, control));
		case NONE -> Optional.empty();
		};
	}

	/** A fresh time stepper of the kind and accuracy the input asks for. */
	public Integrator newIntegrator() {
		return switch (input.integrator()) {
		case RK45 -> new DormandPrince45(input.tolerance(), 1e-20);
		case HEUN -> new HeunIntegrator(input.timeStepSeconds());
		case RK4 -> new RungeKutta4(input.timeStepSeconds());
		};
	}

	/** Switches the drives and currents on: the ground state is found, the clock starts. */
	public void startDynamics() {
		dynamics = true;
	}

	/**
	 * The map of the study's material regions, written once as {@code regions.ovf} beside m (each cell's region number,
	 * 0 where there is no material) with the {@code regions} table of their numbers, names, cells and volumes, and the
	 * magnetic volume of each film with the fraction of its layers it fills (cells whose centre lies inside its outline
	 * and no hole). Only a study with more than one region (a stack, named regions, grains) writes the map and table.
	 */
	public void writeRegions(org.spintex.core.results.ResultSink sink) {
		Mesh mesh = magnet.mesh();
		double cellVolume = mesh.cellVolume();
		int perLayer = mesh.nx() * mesh.ny();
		for (FilmRegions f : filmRegions) {
			long cells = 0;
			for (int c = f.film().firstLayer() * perLayer; c < f.film().endLayer() * perLayer; c++) {
				cells += magnet.isMagnetic(c) ? 1 : 0;
			}
			String suffix = input.stack() ? "_" + f.film().film() : "";
			sink.scalar("magnetic-volume" + suffix, cells * cellVolume, "m^3");
			sink.scalar("volume-fraction" + suffix, (double) cells / ((long) f.film().layerCount() * perLayer), "1");
		}
		if (!input.stack() && filmRegions.get(0).materials().size() == 1) {
			return;
		}
		double[] map = new double[mesh.cellCount()];
		List<Object[]> rows = new java.util.ArrayList<>();
		int first = 1;
		for (FilmRegions f : filmRegions) {
			long[] cells = new long[f.materials().size()];
			for (int c = 0; c < map.length; c++) {
				int r = f.regions().of(c);
				if (r >= 0 && magnet.isMagnetic(c)) {
					map[c] = first + r;
					cells[r]++;
				}
			}
			for (int r = 0; r < cells.length; r++) {
				MagnetMaterialInput material = f.materials().get(r);
				double k = material.anisotropies().isEmpty() ? 0 : material.anisotropies().get(0).kJPerM3();
				rows.add(new Object[] { first + r, f.names().get(r), cells[r], cells[r] * cellVolume, material.msAmperePerMetre(),
						material.exchangeJPerM(), k, material.dmiJPerM2(), material.alpha() });
			}
			first += cells.length;
		}
		sink.field("regions", new org.spintex.core.results.FieldSnapshot("region", "1", 0, mesh.nx(), mesh.ny(), mesh.nz(),
				mesh.cellXMetre(), mesh.cellYMetre(), mesh.cellZMetre(), new double[][] { map }));
		// each region's material: Ms, A, the first anisotropy constant, D and α
		sink.labelledTable("regions", List.of("region ()", "name", "cells ()", "volume (m^3)", "Ms (A/m)", "A (J/m)", "K (J/m^3)",
				"D (J/m^2)", "alpha ()"), rows);
	}

	/** The films of a stack from the bottom up, each with its own table columns; empty for a single film. */
	public List<FilmLayers> filmLayers() {
		return input.stack() ? input.films().stream().map(this::layers).toList() : List.of();
	}

	public Magnet magnet() {
		return magnet;
	}

	public LlgEquation equation() {
		return equation;
	}
}
