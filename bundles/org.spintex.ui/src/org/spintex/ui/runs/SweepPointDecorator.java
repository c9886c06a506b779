package org.spintex.ui.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.spintex.runner.charts.NumberText;
import org.spintex.ui.views.torque.AxisUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Names a sweep's point folders by their parameters in the Project Explorer: {@code point-003} reads
 * {@code point-003  [magnet.length = 1.5 µm]}, from the sweep's input.json.
 */
public final class SweepPointDecorator implements ILightweightLabelDecorator {

	private static final Pattern POINT = Pattern.compile("point-(\\d+)");

	@Override
	public void decorate(Object element, IDecoration decoration) {
		IFolder folder = Adapters.adapt(element, IFolder.class);
		if (folder == null || folder.getLocation() == null) {
			return;
		}
		Matcher name = POINT.matcher(folder.getName());
		if (name.matches()) {
			String text = describe(folder.getLocation().toPath().getParent().resolve("input.json"), Integer.parseInt(name.group(1)));
			if (!text.isEmpty()) {
				decoration.addSuffix("  [" + text + "]");
			}
		}
	}

	/** "magnet.length = 1.5 µm, contact.current = 2 mA" for point {@code index} of a sweep's input.json; "" if unknown. */
	public static String describe(Path inputJson, int index) {
		if (!Files.isRegularFile(inputJson)) {
			return "";
		}
		try {
			JsonObject input = JsonParser.parseString(Files.readString(inputJson, StandardCharsets.UTF_8)).getAsJsonObject();
			for (JsonElement point : input.getAsJsonArray("points")) {
				JsonObject entry = point.getAsJsonObject();
				if (entry.get("point").getAsInt() == index) {
					List<String> parts = new ArrayList<>();
					for (Map.Entry<String, JsonElement> c : entry.getAsJsonObject("coordinates").entrySet()) {
						parts.add(coordinate(c.getKey(), c.getValue().getAsDouble()));
					}
					return String.join(", ", parts);
				}
			}
		} catch (IOException | RuntimeException e) {
			return "";
		}
		return "";
	}

	/** "magnet.length [m]" = 1.5e-6 as "magnet.length = 1.5 µm". */
	private static String coordinate(String key, double si) {
		String header = key.replaceFirst("\\s*\\[(.*)\\]$", " ($1)");
		AxisUnit unit = AxisUnit.of(header, Math.abs(si));
		return unit.name() + " = " + NumberText.compact(unit.shown(si)) + (unit.unit().isEmpty() ? "" : " " + unit.unit());
	}

	@Override
	public void addListener(ILabelProviderListener listener) {
	}

	@Override
	public void removeListener(ILabelProviderListener listener) {
	}

	@Override
	public boolean isLabelProperty(Object element, String property) {
		return false;
	}

	@Override
	public void dispose() {
	}
}
