package org.spintex.ui.launch;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Run With…: one run of a study with overrides ({@code spintex run --set}) that apply to this run
 * only, unless the user asks to remember them in the study's launch configuration.
 */
public final class RunWithDialog extends TitleAreaDialog {

	/** What the user chose. */
	public record Choice(String study, List<String> overrides, boolean remember) {
	}

	private final String fileName;
	private final List<String> studies;
	private final String initialStudy;
	private final List<String> initialOverrides;
	private Combo study;
	private Text overrides;
	private Button remember;
	private Choice choice;

	/**
	 * @param initialOverrides the overrides the study's launch configuration remembers, shown to start from
	 */
	public RunWithDialog(Shell shell, String fileName, List<String> studies, String initialStudy,
			List<String> initialOverrides) {
		super(shell);
		this.fileName = fileName;
		this.studies = studies;
		this.initialStudy = initialStudy;
		this.initialOverrides = initialOverrides;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Run With");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Run a study of " + fileName + " with other values");
		setMessage("One override per line, as spintex run --set: PART.PROPERTY=QUANTITY (film.thickness=5nm). "
				+ "They apply to this run; the file is not changed.");
		Composite page = new Composite(area, SWT.NONE);
		page.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		page.setLayout(new GridLayout(2, false));
		new Label(page, SWT.NONE).setText("Study:");
		study = new Combo(page, SWT.READ_ONLY);
		study.setItems(studies.toArray(String[]::new));
		study.setText(initialStudy);
		study.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label label = new Label(page, SWT.NONE);
		label.setText("Overrides:");
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		overrides = new Text(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 100;
		data.widthHint = 420;
		overrides.setLayoutData(data);
		overrides.setText(String.join("\n", initialOverrides));
		remember = new Button(page, SWT.CHECK);
		remember.setText("Remember in the launch configuration (later runs of this study use them too)");
		remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Run", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		choice = new Choice(study.getText(), lines(overrides.getText()), remember.getSelection());
		super.okPressed();
	}

	/** The choice after OK; null after Cancel. */
	public Choice choice() {
		return choice;
	}

	static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
