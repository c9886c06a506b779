package org.spintex.compiler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.dsl.catalog.Schemas;
import org.spintex.dsl.spintex.Device;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.Sweep;
import org.spintex.dsl.validation.SweepTargets;
import org.spintex.input.StudyInput;

/**
 * Compiles a validated study into engine inputs: the {@code --set} assignments apply everywhere,
 * the sweeps expand into points, and each point becomes one immutable input in SI units. The model
 * is restored after each point.
 */
public final class StudyCompiler {

	/** The points of {@code study} with {@code sets} applied. */
	public List<CompiledPoint> compile(Study study, List<ParameterAssignment> sets) {
		Device device = EcoreUtil2.getContainerOfType(study, Device.class);
		boolean zip = Schemas.word(study.getProperties(), "sweep-mode").orElse("grid").equals("zip");
		// a parameter set on the command line is no longer swept: the run is at that value
		List<Sweep> sweeps = study.getSweeps().stream().filter(sweep -> sets.stream().noneMatch(set -> sweeps(sweep, set)))
				.toList();
		List<List<ParameterAssignment>> points = SweepPoints.expand(sweeps, zip);
		List<CompiledPoint> compiled = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			List<ParameterAssignment> point = points.get(i);
			List<ParameterAssignment> all = new ArrayList<>(sets);
			all.addAll(point);
			List<Runnable> undo = new ArrayList<>();
			try {
				all.forEach(a -> undo.add(0, a.apply()));
				compiled.add(new CompiledPoint(points.size() == 1 && sweeps.isEmpty() ? 0 : i + 1,
						point.stream().map(StudyCompiler::coordinate).toList(), sets.stream().map(StudyCompiler::coordinate).toList(),
						input(device, study)));
			} finally {
				undo.forEach(Runnable::run);
			}
		}
		return compiled;
	}

	private static boolean sweeps(Sweep sweep, ParameterAssignment set) {
		return SweepTargets.owner(sweep.getParameter()).filter(owner -> owner == set.owner()).isPresent()
				&& SweepTargets.spec(sweep.getParameter()).filter(spec -> spec.name().equals(set.property())).isPresent();
	}

	private static StudyInput input(Device device, Study study) {
		StudyKindCompiler compiler = StudyKindPlugins.compiler(study.getEngine())
				.orElseThrow(() -> new CompileException("no engine '" + study.getEngine() + "'; engines: "
						+ String.join(", ", PropertyCatalog.engines())));
		try {
			StudyInput input = compiler.compile(device, study);
			if (!study.getEngine().equals(input.engine())) {
				throw new CompileException("the compiler of study kind '" + study.getEngine() + "' returned an input of kind '"
						+ input.engine() + "'");
			}
			return input;
		} catch (IllegalArgumentException e) {
			// an input record refused a value the validator let through (e.g. a sweep point)
			throw new CompileException("study " + study.getName() + ": " + e.getMessage());
		}
	}

	private static CompiledPoint.Coordinate coordinate(ParameterAssignment a) {
		return new CompiledPoint.Coordinate(a.path(), a.siValue(), siUnit(a), a.value(), a.unit() == null ? "" : a.unit());
	}

	private static String siUnit(ParameterAssignment a) {
		return Schemas.of(a.owner()).flatMap(s -> s.property(a.property())).map(p -> p.siUnit()).orElse("");
	}
}
