package org.spintex.runner.study;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.spintex.compiler.CompileException;
import org.spintex.compiler.StudyCompiler;
import org.spintex.dsl.spintex.Study;
import org.spintex.dsl.spintex.SpintexPackage.Literals;

/**
 * The last step of checking a file: when the language's rules find no error, every study is compiled as
 * {@code spintex run} would compile it, and a refusal becomes an error at the study's name. So {@code spintex
 * check} and the editor find everything compiling would — one validation path — even where a rule of the
 * language has not caught up with an engine's input (the fuzzing campaign counts those cases).
 */
public final class CompileCheck {

	public static final String COMPILE_REFUSED = "compileRefused";

	private CompileCheck() {
	}

	/** The studies of {@code resource} that do not compile, as errors; none when every study compiles. */
	public static List<Issue> of(XtextResource resource) {
		List<Issue> issues = new ArrayList<>();
		if (resource.getContents().isEmpty()) {
			return issues;
		}
		for (Study study : StudySelection.studies((org.spintex.dsl.spintex.Model) resource.getContents().get(0))) {
			try {
				new StudyCompiler().compile(study, List.of());
			} catch (CompileException e) {
				issues.add(issue(study, "study " + study.getName() + " does not compile: " + e.getMessage()));
			}
		}
		return issues;
	}

	private static Issue issue(Study study, String message) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setType(CheckType.NORMAL);
		issue.setCode(COMPILE_REFUSED);
		issue.setMessage(message);
		issue.setUriToProblem(EcoreUtil.getURI(study));
		List<INode> nodes = NodeModelUtils.findNodesForFeature(study, Literals.STUDY__NAME);
		INode at = nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(study) : nodes.get(0);
		if (at != null) {
			issue.setOffset(at.getOffset());
			issue.setLength(at.getLength());
			issue.setLineNumber(at.getStartLine());
			issue.setColumn(NodeModelUtils.getLineAndColumn(at, at.getOffset()).getColumn());
		}
		return issue;
	}
}
