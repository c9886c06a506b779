package org.spintex.input;

/** How a micromagnetic study steps the LLG equation in time. */
public enum IntegratorKind implements ChoiceWord {

	/** Adaptive Dormand–Prince 5(4): the step follows the error, bounded by the tolerance. */
	RK45("rk45", true),
	/** Heun's fixed step, the stochastic (Stratonovich) integrator for thermal noise. */
	HEUN("heun", false),
	/** Classical fourth-order Runge–Kutta, fixed step. */
	RK4("rk4", false);

	private final String word;
	private final boolean adaptive;

	IntegratorKind(String word, boolean adaptive) {
		this.word = word;
		this.adaptive = adaptive;
	}

	@Override
	public String word() {
		return word;
	}

	/** Whether the step adapts to an error tolerance; a fixed-step integrator needs a time step instead. */
	public boolean adaptive() {
		return adaptive;
	}
}
