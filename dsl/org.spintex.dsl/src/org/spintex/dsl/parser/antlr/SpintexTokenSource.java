package org.spintex.dsl.parser.antlr;

import org.antlr.runtime.TokenSource;
import org.spintex.dsl.parser.antlr.internal.InternalSpintexParser;
import org.spintex.dsl.parsing.UnitTokenSource;

/**
 * The token source of the language's parser. Xtext's generated parser wraps its lexer in this class
 * because the grammar has a synthetic token (UNIT_SYMBOL); it tells units from property names by
 * {@link UnitTokenSource}'s rule.
 */
public class SpintexTokenSource extends UnitTokenSource {

	private static final TokenTypes TYPES = TokenTypes.of(InternalSpintexParser.tokenNames);

	public SpintexTokenSource(TokenSource lexer) {
		super(lexer, TYPES);
	}
}
