package org.spintex.ui.editor.highlighting;

import java.util.regex.Pattern;

import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.spintex.dsl.catalog.PropertyCatalog;
import org.spintex.ui.editor.DeviceLanguage;

/**
 * Lexical colouring of the code partition while typing: the grammar's reserved words, the catalog's
 * property names (identifiers since language 3; hyphenated ones such as {@code spin-hall-angle} as one
 * word) and numbers. The semantic styles come later from the
 * reconciler.
 */
final class DeviceCodeScanner extends RuleBasedScanner {

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

	DeviceCodeScanner() {
		IToken keyword = new Token(HighlightingStyle.KEYWORD.attribute());
		IToken number = new Token(HighlightingStyle.NUMBER.attribute());
		WordRule words = new WordRule(new DeviceWords(), Token.UNDEFINED);
		GrammarUtil.getAllKeywords(DeviceLanguage.injector().getInstance(IGrammarAccess.class).getGrammar())
				.stream().filter(k -> WORD.matcher(k).matches()).forEach(k -> words.addWord(k, keyword));
		PropertyCatalog.propertyNames().forEach(name -> words.addWord(name, keyword));
		setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), words, new NumberRule(number) });
	}

	/** Words of the language: letters, digits, '-' and '_' (so {@code domain-wall} is one word). */
	private static final class DeviceWords implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '-';
		}
	}
}
