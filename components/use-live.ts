/**
 * A small Preact hook over Dexie's liveQuery: re-runs the query whenever the tables it read change,
 * also when another extension context (the background saving a scan) wrote them.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const sub = liveQuery(query).subscribe({
      next: (v) => alive && setValue(() => v),
      error: () => alive && setValue(undefined),
    });
    return () => {
      alive = false;
      sub.unsubscribe();
    };
  }, deps);
  return value;
}
