package org.spintex.io.vtk;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.spintex.core.results.FieldSnapshot;

/**
 * Writes a field as VTK XML image data (.vti) for ParaView: cell data on a regular grid, ASCII so that
 * it needs no byte-order or compression settings. Vectors become a 3-component array named after
 * the quantity, which ParaView's Glyph filter draws as arrows.
 */
public final class VtkImageWriter {

	private VtkImageWriter() {
	}

	public static byte[] write(FieldSnapshot field) {
		StringBuilder s = new StringBuilder();
		s.append("<?xml version=\"1.0\"?>\n");
		s.append("<VTKFile type=\"ImageData\" version=\"1.0\" byte_order=\"LittleEndian\">\n");
		String extent = String.format(Locale.ROOT, "0 %d 0 %d 0 %d", field.nx(), field.ny(), field.nz());
		s.append(String.format(Locale.ROOT, "  <ImageData WholeExtent=\"%s\" Origin=\"0 0 0\" Spacing=\"%.9g %.9g %.9g\">\n", extent,
				field.cellXMetre(), field.cellYMetre(), field.cellZMetre()));
		s.append("    <FieldData>\n      <DataArray type=\"Float64\" Name=\"TIME\" NumberOfTuples=\"1\" format=\"ascii\">")
				.append(String.format(Locale.ROOT, "%.17g", field.timeSecond())).append("</DataArray>\n    </FieldData>\n");
		s.append("    <Piece Extent=\"").append(extent).append("\">\n");
		s.append("      <CellData ").append(field.valueDimension() == 3 ? "Vectors" : "Scalars").append("=\"").append(field.quantity()).append("\">\n");
		s.append(String.format(Locale.ROOT, "        <DataArray type=\"Float64\" Name=\"%s\" NumberOfComponents=\"%d\" format=\"ascii\">\n",
				field.quantity(), field.valueDimension()));
		double[][] c = field.components();
		for (int i = 0; i < field.cellCount(); i++) {
			s.append("         ");
			for (double[] component : c) {
				s.append(' ').append(String.format(Locale.ROOT, "%.9g", component[i]));
			}
			s.append('\n');
		}
		s.append("        </DataArray>\n      </CellData>\n    </Piece>\n  </ImageData>\n</VTKFile>\n");
		return s.toString().getBytes(StandardCharsets.US_ASCII);
	}
}
