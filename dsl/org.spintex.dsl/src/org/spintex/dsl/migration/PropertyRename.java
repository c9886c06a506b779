package org.spintex.dsl.migration;

/**
 * A property renamed between two languages: {@code oldName} in files older than {@code since},
 * {@code newName} from then on. Its sweep paths ({@code study.lattice}) are renamed with it.
 */
public record PropertyRename(int since, String oldName, String newName, String why) {

	public String describe() {
		return oldName + " → " + newName;
	}
}
