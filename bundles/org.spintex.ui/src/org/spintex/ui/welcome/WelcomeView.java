package org.spintex.ui.welcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.spintex.dsl.catalog.LanguageReference;
import org.spintex.ui.SpintexUi;
import org.spintex.ui.wizards.DeviceTemplates;
import org.spintex.ui.wizards.ImportExamplesWizard;
import org.spintex.ui.wizards.NewSpintexProjectWizard;

/**
 * The first thing a new user sees: what Spintex does, the three steps from an example to a
 * picture, and every example device (seed papers, standard problems) one click away — it is
 * imported into the project {@value #EXAMPLES} and opened in the editor.
 */
public final class WelcomeView extends ViewPart {

	public static final String ID = "org.spintex.ui.views.welcome";
	static final String EXAMPLES = "spintex-examples";

	private Font heading;

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		Composite page = new Composite(scroll, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.NONE);
		FontData data = parent.getFont().getFontData()[0];
		heading = new Font(parent.getDisplay(), data.getName(), data.getHeight() + 6, SWT.BOLD);
		title.setFont(heading);
		title.setText("Welcome to Spintex");
		text(page, "Describe a device built on topological spin textures in a device file — films, contacts, textures, "
				+ "wires, reservoirs — and run its studies: micromagnetics, electron spin torques, topological transport. "
				+ "The same file runs from the spintex command line.");
		link(page, "1. <a>Import the examples</a>: the devices of the five seed papers and the µMAG standard problems, "
				+ "as the project " + EXAMPLES + ".", () -> importExamples());
		link(page, "2. Open a device file (<a>the skyrmion racetrack</a>), put the cursor in a study and press Ctrl+F11 "
				+ "(Run › Run As › Spintex study). The Texture, Torque and Results views follow the run.",
				() -> open(example("skyrmion-racetrack/spin-orbit-push.spintex")));
		link(page, "3. Change a value, run again, select both run folders under results/ and compare them in the Results view.", null);
		link(page, "Start your own: <a>New Spintex project</a>, or read the <a>language reference</a> (every element, property, "
				+ "unit and range).", null).addListener(SWT.Selection, e -> {
					if (e.text.startsWith("New")) {
						newProject();
					} else {
						openReference();
					}
				});
		Label examples = new Label(page, SWT.NONE);
		examples.setText("Examples");
		examples.setFont(heading);
		for (DeviceTemplates.Template template : DeviceTemplates.all()) {
			if (template.folder().equals("materials")) {
				continue;
			}
			link(page, "<a>" + template.path() + "</a> — " + firstSentence(template.description()),
					() -> open(example(template.path())));
		}
		scroll.setContent(page);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> {
			int width = scroll.getClientArea().width;
			scroll.setMinSize(page.computeSize(width, SWT.DEFAULT));
		});
	}

	/** The description's first sentence ("Seed 004 Fig. 2: one moment … between two chains."), for a list that reads. */
	static String firstSentence(String description) {
		java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.;](\\s|$)").matcher(description);
		int from = Math.min(description.length(), 20);
		return end.find(from) ? description.substring(0, end.start() + 1) : description;
	}

	private static void text(Composite page, String text) {
		Label label = new Label(page, SWT.WRAP);
		label.setText(text);
		label.setLayoutData(wide());
	}

	private static Link link(Composite page, String text, Runnable action) {
		Link link = new Link(page, SWT.WRAP);
		link.setText(text);
		link.setLayoutData(wide());
		if (action != null) {
			link.addListener(SWT.Selection, e -> action.run());
		}
		return link;
	}

	private static GridData wide() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 300;
		return data;
	}

	/** Imports the examples (once) and returns the project. */
	static IProject importExamples() {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EXAMPLES);
		try {
			ImportExamplesWizard.importInto(project);
		} catch (CoreException e) {
			SpintexUi.log("cannot import the examples", e);
		}
		return project;
	}

	/** The example at {@code path}, imported first if needed. */
	static IFile example(String path) {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EXAMPLES);
		if (!project.exists() || !project.getFile(path).exists()) {
			project = importExamples();
		}
		return project.getFile(path);
	}

	private void open(IFile file) {
		try {
			IDE.openEditor(getSite().getPage(), file);
		} catch (CoreException e) {
			SpintexUi.log("cannot open " + file.getFullPath(), e);
		}
	}

	private void newProject() {
		NewSpintexProjectWizard wizard = new NewSpintexProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), org.eclipse.jface.viewers.StructuredSelection.EMPTY);
		new WizardDialog(getSite().getShell(), wizard).open();
	}

	/** The language reference, generated from the catalog as spintex reference prints it, in a read-only editor. */
	private void openReference() {
		try {
			Path file = Files.createTempDirectory("spintex").resolve("language-reference.md");
			Files.writeString(file, LanguageReference.markdown(), StandardCharsets.UTF_8);
			file.toFile().setReadOnly();
			IDE.openEditorOnFileStore(getSite().getPage(), EFS.getStore(file.toUri()));
		} catch (IOException | CoreException e) {
			SpintexUi.log("cannot open the language reference", e);
		}
	}

	/** The example files the view lists (tests check them against the templates). */
	public static List<String> examplePaths() {
		return DeviceTemplates.all().stream().map(DeviceTemplates.Template::path).filter(p -> !p.startsWith("materials/")).toList();
	}

	@Override
	public void setFocus() {
		getSite().getShell().setFocus();
	}

	@Override
	public void dispose() {
		if (heading != null) {
			heading.dispose();
		}
		super.dispose();
	}
}
