package org.spintex.input;

import java.util.Arrays;
import java.util.List;

/**
 * A choice of the compiled input, written in device files as a word ({@code rk45}, {@code binary8}).
 * The word is the language's; the enum is what crosses from the compiler to the engines, so that no
 * engine switches on strings. {@code CatalogContractTest} proves that the language's catalog offers
 * exactly these words and documents the same default.
 */
public interface ChoiceWord {

	/** The word of the device language. */
	String word();

	/** The constant of {@code type} written {@code word}. */
	static <E extends Enum<E> & ChoiceWord> E of(Class<E> type, String word) {
		for (E constant : type.getEnumConstants()) {
			if (constant.word().equals(word)) {
				return constant;
			}
		}
		throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + word + "'; one of "
				+ String.join(", ", words(type)));
	}

	/** Every word of {@code type}, in declaration order. */
	static <E extends Enum<E> & ChoiceWord> List<String> words(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(ChoiceWord::word).toList();
	}
}
