package org.spintex.ui.views.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Compare Results: two run folders chosen in the Project Explorer (two runs of a study, before and after a change of its
 * device file) side by side in the Results view, every quantity with its change, and the inputs that differ.
 */
public final class CompareResultsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		List<Path> runs = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null && resource.getLocation() != null && RunResults.isRun(resource.getLocation().toPath())) {
					runs.add(resource.getLocation().toPath());
				}
			}
		}
		if (runs.size() != 2) {
			throw new ExecutionException("Compare Results needs two run folders (results/…/<date>_<time>), got " + runs.size());
		}
		try {
			ResultsView view = (ResultsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.showView(ResultsView.ID);
			view.compare(runs.get(0), runs.get(1));
		} catch (PartInitException e) {
			throw new ExecutionException("cannot open the Results view", e);
		}
		return null;
	}
}
