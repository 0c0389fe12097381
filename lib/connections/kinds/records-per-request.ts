/**
 * Runs in: anywhere (pure). Records Per Request of a ConnectWise RMM connection against what the
 * server did with it. The WatchGuard RMM plug-in document says to keep the default, 500
 * (SOURCES.watchguardRmm, "Enter the API information for ConnectWise RMM"); the RMM listings
 * document no page limit, so the evidence that a value does not work is our own last sync
 * stopping on a capped or repeated page (an `incomplete` run, see lib/vendors/cw-rmm/client.ts).
 */
/** A form finding on the field (the shape of kind.ts's FieldFinding, which imports this file). */
interface RecordsFinding {
  field: 'recordsPerRequest';
  severity: 'warning';
  message: string;
}

export const DEFAULT_RECORDS_PER_REQUEST = 500;

/** The last sync of the connection, as the sync status reports it (message and next step are ours). */
export interface LastListingRun {
  status: string;
  error?: { kind: string; message: string; nextStep?: string | undefined } | undefined;
}

/** The last run stopped on a capped or repeated page: its error, else undefined. */
export function incompleteListingOf(run: LastListingRun | null | undefined) {
  return run?.status === 'incomplete' && run.error?.kind === 'incomplete-listing' ? run.error : undefined;
}

/** The form's lint of Records Per Request; a warning (never blocks Save), only on evidence. */
export function lintRecordsPerRequest(
  value: unknown,
  lastRun: LastListingRun | null | undefined,
): RecordsFinding[] {
  const incomplete = incompleteListingOf(lastRun);
  const number = Number(value);
  if (!incomplete || !Number.isInteger(number)) return [];
  return [{ field: 'recordsPerRequest', severity: 'warning', message: recordsMessage(number, incomplete) }];
}

function recordsMessage(
  value: number,
  incomplete: { message: string; nextStep?: string | undefined },
): string {
  if (value > DEFAULT_RECORDS_PER_REQUEST) {
    return `The last sync at ${value} records per request got a capped or repeated page from ConnectWise RMM. Set it to ${DEFAULT_RECORDS_PER_REQUEST}, the value the WatchGuard plug-in document says to keep (here and in the plug-in's own Records Per Request field).`;
  }
  if (value === DEFAULT_RECORDS_PER_REQUEST) {
    return `Even at ${DEFAULT_RECORDS_PER_REQUEST}, the value the WatchGuard plug-in document says to keep, the last sync got a capped or repeated page: ${incomplete.message} Keep ${DEFAULT_RECORDS_PER_REQUEST} in the plug-in; here, ${lowerCaseFirst(incomplete.nextStep ?? 'sync again.')}`;
  }
  return `The last sync at ${value} records per request still got a capped or repeated page (the plug-in document's value is ${DEFAULT_RECORDS_PER_REQUEST}): ${incomplete.message}`;
}

function lowerCaseFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The readiness check: pass when the connection keeps 500 and its last sync read every page;
 * fail on a capped or repeated page, or a value other than 500 (the document says keep it);
 * unknown when no sync has shown what the server does.
 */
export function recordsPerRequestReadiness(
  value: unknown,
  lastRun: LastListingRun | null | undefined,
): { status: 'pass' | 'fail' | 'unknown'; detail: string; evidence?: string[]; nextStep?: string } {
  const number = Number(value);
  const incomplete = incompleteListingOf(lastRun);
  const evidence = [
    `Records Per Request: ${String(value)}`,
    lastRun ? `Last sync: ${lastRun.status}` : 'No sync yet',
    ...(incomplete ? [incomplete.message] : []),
  ];
  if (incomplete) {
    return {
      status: 'fail',
      detail: recordsMessage(Number.isInteger(number) ? number : DEFAULT_RECORDS_PER_REQUEST, incomplete),
      evidence,
      ...(incomplete.nextStep ? { nextStep: incomplete.nextStep } : {}),
    };
  }
  if (number !== DEFAULT_RECORDS_PER_REQUEST) {
    return {
      status: 'fail',
      detail: `Records Per Request is ${String(value)}; the WatchGuard plug-in document says to keep the default, ${DEFAULT_RECORDS_PER_REQUEST}.`,
      evidence,
      nextStep: `Set Records Per Request to ${DEFAULT_RECORDS_PER_REQUEST} here and in the plug-in.`,
    };
  }
  if (lastRun?.status !== 'succeeded') {
    return {
      status: 'unknown',
      detail: `Records Per Request is ${DEFAULT_RECORDS_PER_REQUEST}, as the document says; no finished sync has shown yet whether the server answers full pages.`,
      evidence,
      nextStep: 'Sync the connection to its end once, then check again.',
    };
  }
  return {
    status: 'pass',
    detail: `Records Per Request is ${DEFAULT_RECORDS_PER_REQUEST} and the server's last listing answered full, distinct pages.`,
    evidence,
  };
}
