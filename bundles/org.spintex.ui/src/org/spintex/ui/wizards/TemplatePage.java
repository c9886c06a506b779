package org.spintex.ui.wizards;

import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Choose a device template: the list of examples, with the chosen one's description. */
final class TemplatePage extends WizardPage {

	private final List<DeviceTemplates.Template> templates = DeviceTemplates.all();
	private org.eclipse.swt.widgets.List list;
	private Text description;

	TemplatePage() {
		super("template");
		setTitle("Device template");
		setDescription("Start from a device of the seed papers or a standard problem.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		new Label(page, SWT.NONE).setText("Templates:");
		list = new org.eclipse.swt.widgets.List(page, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 200;
		list.setLayoutData(listData);
		templates.forEach(t -> list.add(t.name()));
		description = new Text(page, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
		GridData textData = new GridData(SWT.FILL, SWT.FILL, true, false);
		textData.heightHint = 90;
		textData.widthHint = 480;
		description.setLayoutData(textData);
		list.addListener(SWT.Selection, e -> {
			description.setText(selected() == null ? "" : selected().description());
			setPageComplete(selected() != null);
		});
		if (!templates.isEmpty()) {
			list.select(0);
			description.setText(templates.get(0).description());
		}
		setPageComplete(!templates.isEmpty());
		setControl(page);
	}

	DeviceTemplates.Template selected() {
		int index = list == null ? 0 : list.getSelectionIndex();
		return index < 0 || index >= templates.size() ? null : templates.get(index);
	}
}
