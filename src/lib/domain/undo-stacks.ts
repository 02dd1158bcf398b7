/** The undo and redo snapshots of one thing (a session), oldest first, as they are kept. */
export interface UndoStacks<T> {
	past: T[];
	future: T[];
}
