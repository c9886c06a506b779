package org.spintex.engine.llg.study;

import java.util.List;
import java.util.Optional;

import org.spintex.core.math.Vector3;
import org.spintex.core.parallel.CellLoops;
import org.spintex.core.results.RunControl;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.mesh.Shape;
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
import org.spintex.engine.llg.term.ThermalField;
import org.spintex.engine.llg.term.UniaxialAnisotropyField;
import org.spintex.engine.llg.term.ZeemanField;
import org.spintex.engine.llg.torque.SpinOrbitTorque;
import org.spintex.engine.llg.torque.ZhangLiTorque;
import org.spintex.input.AnisotropyInput;
import org.spintex.input.CurrentInput;
import org.spintex.input.FieldDriveInput;
import org.spintex.input.FilmEdge;
import org.spintex.input.FilmMeshInput;
import org.spintex.input.GroundStateSearch;
import org.spintex.input.MagnetMaterialInput;
import org.spintex.input.MicromagneticInput;
import org.spintex.input.ZhangLiConvention;

/**
 * The magnet and its equation of motion built from a compiled input: one registration per term that
 * the input asks for. Drives and currents are off before t = 0 (the ground-state stage).
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
		MagnetMaterialInput material = input.material();
		Mesh mesh = new Mesh(film.nx(), film.ny(), film.nz(), film.cellXMetre(), film.cellYMetre(), film.cellZMetre(),
				film.periodicX(), film.periodicY());
		this.magnet = Magnet.of(mesh, shape(film), material.msAmperePerMetre(), material.alpha(),
				material.gammaRadPerSecondTesla(), loops);
		this.equation = new LlgEquation(magnet);

		BoundaryCondition boundary = BoundaryCondition.neumann();
		DmiClass dmiClass = dmiClass(material.dmiClass());
		if (dmiClass != null && material.dmiJPerM2() != 0) {
			boundary = BoundaryCondition.withDmi(mesh, dmiClass, material.dmiJPerM2(), material.exchangeJPerM());
		}
		if (material.exchangeJPerM() > 0) {
			equation.add(new ExchangeField(magnet, material.exchangeJPerM(), boundary));
		}
		if (dmiClass != null && material.dmiJPerM2() != 0) {
			equation.add(new DmiField(magnet, dmiClass, material.dmiJPerM2(), boundary));
		}
		for (AnisotropyInput anisotropy : material.anisotropies()) {
			Vector3 u = anisotropy.axis();
			switch (anisotropy.kind()) {
			case UNIAXIAL -> equation.add(new UniaxialAnisotropyField(magnet, anisotropy.kJPerM3(), 0, u.x(), u.y(), u.z()));
			case EASY_PLANE -> equation.add(new UniaxialAnisotropyField(magnet, -anisotropy.kJPerM3(), 0, u.x(), u.y(), u.z()));
			case CUBIC -> equation.add(new CubicAnisotropyField(magnet, anisotropy.kJPerM3(), new double[] { u.x(), u.y(), u.z() },
					perpendicular(u)));
			}
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
		for (CurrentInput current : input.currents()) {
			if (current.polarization() != 0) {
				// seed 000 eqs. (4), (10): the current along a contact acts on the interface cells only
				boolean[] region = current.alongEdge() ? edgeColumn(mesh, current.edge()) : null;
				equation.add(new ZhangLiTorque(magnet, current.polarization(), current.beta(), current.zhangLiConvention(),
						t -> current.currentDensity().times(dynamics ? current.envelope(t) : 0), region));
			}
			if (current.spinHallAngle() != 0) {
				Vector3 j = current.currentDensity();
				equation.add(new SpinOrbitTorque(magnet, current.spinHallAngle(), current.fieldLikeRatio(), film.thicknessMetre(),
						j.times(1 / j.norm()), Vector3.UNIT_Z, t -> dynamics ? j.norm() * current.envelope(t) : 0, null));
			}
		}
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

	public Magnet magnet() {
		return magnet;
	}

	public LlgEquation equation() {
		return equation;
	}
}
