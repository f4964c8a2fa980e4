/**
 * Display settings (how many digits of 万元 amounts are shown). A display setting only: it never changes a
 * stored amount. Kept in localStorage so it survives a reload.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'jixiao.amountDecimals';
const listeners = new Set<() => void>();

function read(): number {
  const v = Number(globalThis.localStorage?.getItem(KEY));
  return v === 2 || v === 4 || v === 6 ? v : 2;
}

let current = read();

export function setAmountDecimals(decimals: number): void {
  current = decimals;
  globalThis.localStorage?.setItem(KEY, String(decimals));
  for (const l of listeners) l();
}

export function useAmountDecimals(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
