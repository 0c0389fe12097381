import type { CheckerScheduler } from '@/lib/role-checker/page/checker';

/**
 * A scheduler the test drives by hand: animation frames run on `runFrames()`, timers when
 * `advance(ms)` passes their time. Nothing depends on the real clock.
 */
export function manualScheduler() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let frames: (() => void)[] = [];
  const scheduler: CheckerScheduler = {
    requestAnimationFrame(callback) {
      frames.push(callback);
      return nextId++;
    },
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(id) {
      timers.delete(id);
    },
  };
  return {
    scheduler,
    now: () => now,
    pendingFrames: () => frames.length,
    runFrames() {
      const due = frames;
      frames = [];
      for (const callback of due) callback();
    },
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > until) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].callback();
      }
      now = until;
    },
  };
}
