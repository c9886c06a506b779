package org.spintex.input;

/** The kind of an anisotropy term: uniaxial E = −K(m·u)², easy-plane E = +K(m·u)², cubic with its first cube axis along u. */
public enum AnisotropyKind implements ChoiceWord {

	UNIAXIAL("uniaxial"),
	EASY_PLANE("easy-plane"),
	CUBIC("cubic");

	private final String word;

	AnisotropyKind(String word) {
		this.word = word;
	}

	@Override
	public String word() {
		return word;
	}
}
