package org.spintex.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * The partitions of a device file: comments and strings (descriptions, import paths) apart from
 * the code, so that opening a {@code /*} recolours everything after it at once.
 */
public final class DevicePartitions {

	public static final String PARTITIONING = "org.spintex.ui.partitioning";
	public static final String COMMENT = "__spintex_comment";
	public static final String STRING = "__spintex_string";
	static final String[] TYPES = { COMMENT, STRING };

	private DevicePartitions() {
	}

	/** Installs the partitioner on a document of a device file. */
	public static void install(IDocument document) {
		if (document instanceof IDocumentExtension3 extension
				&& extension.getDocumentPartitioner(PARTITIONING) == null) {
			FastPartitioner partitioner = new FastPartitioner(scanner(), TYPES);
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	private static RuleBasedPartitionScanner scanner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new EndOfLineRule("//", comment), new SingleLineRule("\"", "\"", string, '\\') });
		return scanner;
	}
}
