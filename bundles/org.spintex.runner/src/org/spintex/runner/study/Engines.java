package org.spintex.runner.study;

import org.spintex.core.results.ResultSink;
import org.spintex.core.results.RunControl;
import org.spintex.engine.drag.model.TopologicalDragModel;
import org.spintex.input.StudyInput;
import org.spintex.input.TopologicalDragInput;

/** Hands each kind of compiled input to its engine. */
final class Engines {

	private Engines() {
	}

	static void run(StudyInput input, ResultSink sink, RunControl control) {
		switch (input) {
		case TopologicalDragInput drag -> new TopologicalDragModel().run(drag, sink, control);
		}
	}
}
