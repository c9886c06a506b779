package org.spintex.ui.views.texture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.spintex.engine.llg.field.VectorField;
import org.spintex.engine.llg.mesh.Mesh;
import org.spintex.engine.llg.observable.TopologicalCharge;
import org.spintex.engine.llg.texture.SkyrmionTexture;

/**
 * Shows one layer of a magnetization field as a colour-wheel image with its topological charge.
 * Until a run or an OVF file is opened it shows the reference Néel skyrmion of the engine.
 */
public final class TextureView extends ViewPart {

	public static final String ID = "org.spintex.ui.views.texture";

	private static final double NM = 1e-9;

	private Label caption;
	private Canvas canvas;
	private Image image;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		caption = new Label(parent, SWT.WRAP);
		caption.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.addPaintListener(e -> {
			if (image == null) {
				return;
			}
			Rectangle area = canvas.getClientArea();
			Rectangle size = image.getBounds();
			int side = Math.max(1, Math.min(area.width, area.height));
			e.gc.setInterpolation(SWT.NONE);
			e.gc.drawImage(image, 0, 0, size.width, size.height, (area.width - side) / 2, (area.height - side) / 2, side, side);
		});
		canvas.addDisposeListener(e -> disposeImage());
		showReferenceSkyrmion();
	}

	private void showReferenceSkyrmion() {
		Mesh mesh = new Mesh(96, 96, 1, 1 * NM, 1 * NM, 1 * NM);
		VectorField m = new VectorField(mesh);
		SkyrmionTexture.neel(48 * NM, 48 * NM, 20 * NM, 6 * NM).writeInto(m);
		show(m, 0, String.format("Reference Néel skyrmion (R = 20 nm, w = 6 nm, 96 × 96 cells of 1 nm): Q = %+.3f", TopologicalCharge.ofLayer(m, 0)));
	}

	/** Shows layer {@code k} of {@code m} with a caption. */
	public void show(VectorField m, int k, String text) {
		Mesh mesh = m.mesh();
		ImageData data = new ImageData(mesh.nx(), mesh.ny(), 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		for (int j = 0; j < mesh.ny(); j++) {
			for (int i = 0; i < mesh.nx(); i++) {
				int cell = mesh.index(i, j, k);
				// image rows run downwards, y upwards
				data.setPixel(i, mesh.ny() - 1 - j, MagnetizationColourMap.rgb(m.x(cell), m.y(cell), m.z(cell)));
			}
		}
		disposeImage();
		image = new Image(canvas.getDisplay(), data);
		caption.setText(text);
		caption.getParent().layout();
		canvas.redraw();
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}
}
