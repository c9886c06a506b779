package org.spintex.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.spintex.runner.slurm.SlurmOptions;
import org.spintex.ui.SpintexUi;

/** The attributes of a "Spintex study" launch configuration and how to read them. */
public final class StudyLaunch {

	public static final String TYPE_ID = "org.spintex.ui.launch.study";
	/** The device file, as a workspace path ({@code /project/devices/drag.spintex}). */
	public static final String FILE = "org.spintex.ui.launch.file";
	/** The study's name; empty when the file has one study. */
	public static final String STUDY = "org.spintex.ui.launch.study";
	/** Parameter overrides {@code PATH=QUANTITY}, as {@code spintex run --set}. */
	public static final String SETS = "org.spintex.ui.launch.sets";
	/** Points run at once; 0 means the preference. */
	public static final String THREADS = "org.spintex.ui.launch.threads";
	/** Where the points run: {@link #ON_THIS_MACHINE} or {@link #ON_SLURM}, as {@code spintex run --on}. */
	public static final String RUN_ON = "org.spintex.ui.launch.runOn";
	public static final String ON_THIS_MACHINE = "local";
	public static final String ON_SLURM = "slurm";
	/** The Slurm options, as {@code spintex run --on slurm} names them; empty means the configuration file's default. */
	public static final String SLURM_PARTITION = "org.spintex.ui.launch.slurm.partition";
	public static final String SLURM_TIME = "org.spintex.ui.launch.slurm.time";
	public static final String SLURM_CPUS_PER_POINT = "org.spintex.ui.launch.slurm.cpusPerPoint";
	public static final String SLURM_MEMORY = "org.spintex.ui.launch.slurm.mem";
	public static final String SLURM_MAX_PARALLEL = "org.spintex.ui.launch.slurm.maxParallel";
	public static final String SLURM_POINTS_PER_TASK = "org.spintex.ui.launch.slurm.pointsPerTask";
	public static final String SLURM_SBATCH_ARGS = "org.spintex.ui.launch.slurm.sbatchArgs";
	/** Write the job scripts without submitting them ({@code --dry-run}). */
	public static final String SLURM_DRY_RUN = "org.spintex.ui.launch.slurm.dryRun";

	private StudyLaunch() {
	}

	public static IFile file(ILaunchConfiguration configuration) throws CoreException {
		String path = configuration.getAttribute(FILE, "");
		if (path.isBlank()) {
			throw new CoreException(SpintexUi.error("The launch configuration names no device file."));
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(path));
		if (!file.exists() || file.getLocation() == null) {
			throw new CoreException(SpintexUi.error("The device file " + path + " does not exist."));
		}
		return file;
	}

	public static String study(ILaunchConfiguration configuration) throws CoreException {
		String study = configuration.getAttribute(STUDY, "");
		return study.isBlank() ? null : study.strip();
	}

	public static List<String> sets(ILaunchConfiguration configuration) throws CoreException {
		return configuration.getAttribute(SETS, List.of());
	}

	public static boolean onSlurm(ILaunchConfiguration configuration) throws CoreException {
		return ON_SLURM.equals(configuration.getAttribute(RUN_ON, ON_THIS_MACHINE));
	}

	/** The Slurm options the configuration gives (0 and blank: not given, so the defaults apply). */
	public static SlurmOptions.Given slurmOptions(ILaunchConfiguration configuration) throws CoreException {
		return new SlurmOptions.Given(blankIsNull(configuration.getAttribute(SLURM_PARTITION, "")),
				blankIsNull(configuration.getAttribute(SLURM_TIME, "")), zeroIsNull(configuration.getAttribute(SLURM_CPUS_PER_POINT, 0)),
				blankIsNull(configuration.getAttribute(SLURM_MEMORY, "")), zeroIsNull(configuration.getAttribute(SLURM_MAX_PARALLEL, 0)),
				zeroIsNull(configuration.getAttribute(SLURM_POINTS_PER_TASK, 0)), configuration.getAttribute(SLURM_SBATCH_ARGS, List.of()));
	}

	private static String blankIsNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private static Integer zeroIsNull(int value) {
		return value == 0 ? null : value;
	}
}
