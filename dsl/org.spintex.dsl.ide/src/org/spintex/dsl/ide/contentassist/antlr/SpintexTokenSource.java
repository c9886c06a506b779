package org.spintex.dsl.ide.contentassist.antlr;

import org.antlr.runtime.TokenSource;
import org.spintex.dsl.ide.contentassist.antlr.internal.InternalSpintexParser;
import org.spintex.dsl.parsing.UnitTokenSource;

/**
 * The token source of the content-assist parser (wrapped around its lexer by Xtext's generated
 * parser): the same unit rule as the language's parser, so that both read one syntax.
 */
public class SpintexTokenSource extends UnitTokenSource {

	private static final TokenTypes TYPES = TokenTypes.of(InternalSpintexParser.tokenNames);

	public SpintexTokenSource(TokenSource lexer) {
		super(lexer, TYPES);
	}
}
