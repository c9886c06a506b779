package org.spintex.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** A Spintex project: its device files are validated by {@link DeviceFileBuilder} on every save. */
public final class SpintexNature implements IProjectNature {

	public static final String ID = "org.spintex.ui.nature";

	private IProject project;

	/** Makes {@code project} a Spintex project (adds the nature, which adds the builder). */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(ID)) {
			String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
			natures[natures.length - 1] = ID;
			description.setNatureIds(natures);
			project.setDescription(description, monitor);
		}
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).noneMatch(c -> DeviceFileBuilder.ID.equals(c.getBuilderName()))) {
			ICommand command = description.newCommand();
			command.setBuilderName(DeviceFileBuilder.ID);
			ICommand[] spec = Arrays.copyOf(description.getBuildSpec(), description.getBuildSpec().length + 1);
			spec[spec.length - 1] = command;
			description.setBuildSpec(spec);
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !DeviceFileBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
