/**
 * Runs in: the content script. Marks what the extension itself adds to a portal page (the overlay
 * and the badges next to rows), which the readers must never take for page content.
 */

/** Marks the badges the checker adds next to rows (see badges.ts). */
export const BADGE_ATTRIBUTE = 'data-mpc-badge';
/** Our own overlay and badges, which must never be read as page content. */
export const OWN_CONTENT_SELECTOR = `mpc-overlay, [${BADGE_ATTRIBUTE}]`;
