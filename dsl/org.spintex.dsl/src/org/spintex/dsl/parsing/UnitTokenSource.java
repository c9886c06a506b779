package org.spintex.dsl.parsing;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.dsl.migration.Migrations;

/**
 * Tells a unit from the next property where the grammar cannot. Properties are written one after
 * the other without a separator and their names are identifiers (language 3), so in
 * {@code polarization 0.4 profile neel} the word after the dimensionless {@code 0.4} could be a unit
 * or the next property's name. The rule, stated once here: a name right after a number (or after
 * the {@code )} of a vector) is the first word of its unit unless
 * <ul>
 * <li>it is a property name of the catalog (no property is named like a unit, PropertyCatalogTest), or</li>
 * <li>a value or a symbol follows it ({@code name 3}, {@code name -3}, {@code name (…)}, {@code name "…"},
 * {@code name a = …}): then it is a property, perhaps misspelt, and validation names it.</li>
 * </ul>
 * A unit's exponent ({@code m^2}) is not a number that starts a unit. The unit's first word is
 * retyped to the grammar's synthetic {@code UNIT_SYMBOL} token; its text and position stay as written.
 */
public class UnitTokenSource implements TokenSource {

	/** The catalog's property names and those older languages used (a file of language 2 says `lattice`). */
	private static final Set<String> PROPERTY_NAMES = propertyNames();

	private final TokenSource lexer;
	private final TokenTypes types;
	private final Deque<Token> ahead = new ArrayDeque<>();
	/** The last token that is not white space or a comment. */
	private int previous = Token.INVALID_TOKEN_TYPE;
	/** Whether the last number was a unit's exponent. */
	private boolean exponent;
	private boolean afterCaret;

	protected UnitTokenSource(TokenSource lexer, TokenTypes types) {
		this.lexer = lexer;
		this.types = types;
	}

	@Override
	public Token nextToken() {
		Token token = ahead.isEmpty() ? lexer.nextToken() : ahead.removeFirst();
		int type = token.getType();
		if (types.hidden(type)) {
			return token;
		}
		if (type == types.id() && startsUnit() && !PROPERTY_NAMES.contains(token.getText()) && !valueFollows()) {
			CommonToken unit = new CommonToken(token);
			unit.setType(types.unit());
			token = unit;
			type = types.unit();
		}
		remember(type);
		return token;
	}

	private boolean startsUnit() {
		return (types.number(previous) && !exponent) || previous == types.closeParenthesis();
	}

	private void remember(int type) {
		if (types.number(type)) {
			exponent = afterCaret;
		}
		afterCaret = type == types.caret() || (afterCaret && type == types.minus());
		previous = type;
	}

	private static Set<String> propertyNames() {
		Set<String> names = new java.util.HashSet<>(PropertyCatalog.propertyNames());
		Migrations.RENAMES.forEach(rename -> names.add(rename.oldName()));
		return Set.copyOf(names);
	}

	/** Whether a value or a symbol follows, so that the name before it is a property's. */
	private boolean valueFollows() {
		int type = peekSignificant(0).getType();
		if (type == types.id()) {
			return peekSignificant(1).getType() == types.equals();
		}
		return types.number(type) || type == types.minus() || type == types.plus() || type == types.openParenthesis()
				|| type == types.string();
	}

	/** The {@code n}-th significant token after the current one (0: the next), read ahead into the buffer. */
	private Token peekSignificant(int n) {
		int seen = 0;
		for (Token buffered : ahead) {
			if (!types.hidden(buffered.getType())) {
				if (seen == n || buffered.getType() == Token.EOF) {
					return buffered;
				}
				seen++;
			}
		}
		while (true) {
			Token next = lexer.nextToken();
			ahead.addLast(next);
			if (next.getType() == Token.EOF) {
				return next;
			}
			if (!types.hidden(next.getType())) {
				if (seen == n) {
					return next;
				}
				seen++;
			}
		}
	}

	@Override
	public String getSourceName() {
		return lexer.getSourceName();
	}

	/**
	 * The token types this source needs, read from a generated parser's token names (the runtime
	 * parser and the content-assist parser may number their tokens differently; the keyword lexer
	 * names punctuation by its Unicode name).
	 */
	public record TokenTypes(int id, int unit, int integer, int decimal, int string, int caret, int minus, int plus,
			int openParenthesis, int closeParenthesis, int equals, List<Integer> hiddenTypes) {

		public static TokenTypes of(String[] tokenNames) {
			List<String> names = Arrays.asList(tokenNames);
			return new TokenTypes(index(names, "RULE_ID"), index(names, "RULE_UNIT_SYMBOL"), index(names, "RULE_INT"),
					index(names, "RULE_DECIMAL"), index(names, "RULE_STRING"), index(names, "CircumflexAccent"),
					index(names, "HyphenMinus"), index(names, "PlusSign"), index(names, "LeftParenthesis"),
					index(names, "RightParenthesis"), index(names, "EqualsSign"),
					List.of(index(names, "RULE_WS"), index(names, "RULE_ML_COMMENT"), index(names, "RULE_SL_COMMENT")));
		}

		private static int index(List<String> names, String name) {
			int index = names.indexOf(name);
			if (index < 0) {
				throw new IllegalStateException("the generated parser has no token " + name);
			}
			return index;
		}

		boolean hidden(int type) {
			return hiddenTypes.contains(type);
		}

		boolean number(int type) {
			return type == integer || type == decimal;
		}
	}
}
