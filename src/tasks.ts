/** Scheduling helpers shared by the element, its options and its modal. */

/** A task of its own: the browser paints and handles input between two of them. */
export const nextTask = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve));

/** Runs the callback when the browser is idle (within 2 s), or in a task of its own without requestIdleCallback. */
export const idle = (callback: (deadline?: IdleDeadline) => void): unknown =>
  'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 2000 }) : setTimeout(callback, 1);
