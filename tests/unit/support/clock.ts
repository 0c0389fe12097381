/** A clock that moves one second per reading, so every stored time is distinct and ordered. */
export function steppingClock(start = Date.UTC(2025, 2, 1, 6)) {
  let now = start;
  return {
    now: (): Date => {
      now += 1000;
      return new Date(now);
    },
    advance: (ms: number): void => {
      now += ms;
    },
  };
}
