package org.spintex.ui.editor.refactoring;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Asks for the new name, then shows the preview of every file the rename changes. */
public final class RenameElementWizard extends RefactoringWizard {

	private final String oldName;

	public RenameElementWizard(RenameElementRefactoring refactoring, String oldName) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		this.oldName = oldName;
		setDefaultPageTitle("Rename " + oldName);
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage());
	}

	private final class NamePage extends UserInputWizardPage {

		NamePage() {
			super("name");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(2, false));
			new Label(page, SWT.NONE).setText("New name:");
			Text name = new Text(page, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(oldName);
			name.selectAll();
			name.addModifyListener(e -> {
				((RenameElementRefactoring) getRefactoring()).setNewName(name.getText().strip());
				setPageComplete(!name.getText().isBlank() && !name.getText().strip().equals(oldName));
			});
			setPageComplete(false);
			setControl(page);
			name.setFocus();
		}
	}
}
