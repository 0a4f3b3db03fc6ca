/**
 * Tells the page when its data changed elsewhere (another tab of this browser saved), so it reads
 * again what it shows; returns the way to stop listening. Forms keep the values being typed, and
 * their save is checked against the version they were opened from.
 */
export type ChangesElsewhere = (listener: () => void) => () => void
