package org.spintex.engine.llg.study;

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
	/** False during the ground-state stage: drives and currents wait for t = 0. */
	private volatile boolean dynamics;

	public MicromagneticSystem(MicromagneticInput input, CellLoops loops) {
		this.input = input;
		FilmMeshInput film = input.film();
		Mesh mesh = new Mesh(film.nx(), film.ny(), film.nz(), film.cellXMetre(), film.cellYMetre(), film.cellZMetre(),
				film.periodicX(), film.periodicY());
		this.magnet = magnet(mesh, shape(film), input.films(), loops);
		this.equation = new LlgEquation(magnet);

		List<FilmLayerInput> films = input.films();
		for (FilmLayerInput f : films) {
			addMaterialTerms(layers(f), f.material());
		}
		// films that touch are exchange-coupled through their interface, films across a spacer as the file says
		for (int i = 1; i < films.size(); i++) {
			FilmLayerInput lower = films.get(i - 1), upper = films.get(i);
			if (upper.firstLayer() == lower.endLayer()) {
				equation.add(new InterfaceExchangeField(magnet, layers(lower), layers(upper), lower.material().exchangeJPerM(),
						upper.material().exchangeJPerM()));
			}
		}
		for (InterlayerCouplingInput coupling : input.couplings()) {
			equation.add(new InterlayerExchangeField(magnet, layers(film(coupling.lowerFilm())), layers(film(coupling.upperFilm())),
					coupling.bilinearJPerM2(), coupling.biquadraticJPerM2()));
		}
		if (input.demag()) {
			equation.add(new DemagField(magnet));
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

	/** The magnet of the films: each fills its layers inside the outline with its material's Ms, α and γ. */
	private static Magnet magnet(Mesh mesh, Shape shape, List<FilmLayerInput> films, CellLoops loops) {
		double[] outline = shape.fill(mesh, 1);
		int n = mesh.cellCount(), perLayer = mesh.nx() * mesh.ny();
		double[] ms = new double[n], alpha = new double[n], gamma = new double[n];
		// a spacer cell carries the bottom film's α and γ: it has no magnetization, so they never act there
		java.util.Arrays.fill(alpha, films.get(0).material().alpha());
		java.util.Arrays.fill(gamma, films.get(0).material().gammaRadPerSecondTesla());
		for (FilmLayerInput f : films) {
			MagnetMaterialInput material = f.material();
			for (int c = f.firstLayer() * perLayer; c < f.endLayer() * perLayer; c++) {
				ms[c] = outline[c] * material.msAmperePerMetre();
				alpha[c] = material.alpha();
				gamma[c] = material.gammaRadPerSecondTesla();
			}
		}
		return new Magnet(mesh, ms, alpha, gamma, loops);
	}

	/** The layers of a film: the whole mesh for a single film (no per-film columns), else its named layers. */
	private FilmLayers layers(FilmLayerInput f) {
		return input.stack() ? FilmLayers.of(f.film(), f.firstLayer(), f.endLayer()) : FilmLayers.whole(magnet.mesh());
	}

	private FilmLayerInput film(String name) {
		return input.films().stream().filter(f -> f.film().equals(name)).findFirst().orElseThrow();
	}

	/** Exchange, DMI and anisotropy of one film's material, acting on its layers. */
	private void addMaterialTerms(FilmLayers layers, MagnetMaterialInput material) {
		Mesh mesh = magnet.mesh();
		BoundaryCondition boundary = BoundaryCondition.neumann();
		DmiClass dmiClass = dmiClass(material.dmiClass());
		if (dmiClass != null && material.dmiJPerM2() != 0) {
			boundary = BoundaryCondition.withDmi(mesh, dmiClass, material.dmiJPerM2(), material.exchangeJPerM());
		}
		if (material.exchangeJPerM() > 0) {
			equation.add(new ExchangeField(magnet, material.exchangeJPerM(), boundary, layers));
		}
		if (dmiClass != null && material.dmiJPerM2() != 0) {
			equation.add(new DmiField(magnet, dmiClass, material.dmiJPerM2(), boundary, layers));
		}
		for (AnisotropyInput anisotropy : material.anisotropies()) {
			Vector3 u = anisotropy.axis();
			switch (anisotropy.kind()) {
			case UNIAXIAL -> equation.add(new UniaxialAnisotropyField(magnet, anisotropy.kJPerM3(), 0, u.x(), u.y(), u.z(), layers));
			case EASY_PLANE -> equation.add(new UniaxialAnisotropyField(magnet, -anisotropy.kJPerM3(), 0, u.x(), u.y(), u.z(), layers));
			case CUBIC -> equation.add(new CubicAnisotropyField(magnet, anisotropy.kJPerM3(), new double[] { u.x(), u.y(), u.z() },
					perpendicular(u), layers));
			}
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
