/**
 * The HostApi for components: provided once at the root (tests provide a fake).
 */
import { createContext, useContext, type ReactElement, type ReactNode } from 'react';
import type { HostApi, HostResult } from '../services/contracts';

const HostContext = createContext<HostApi | null>(null);

/** Makes the host available to the tree. */
export function HostProvider(props: { readonly host: HostApi; readonly children: ReactNode }): ReactElement {
  return <HostContext.Provider value={props.host}>{props.children}</HostContext.Provider>;
}

/** The host; a bug if no provider is mounted. */
export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (!host) {
    throw new Error('HostProvider is missing');
  }
  return host;
}

/** The value of a host result, or throws its Vietnamese message as an Error (shown in the notice bar). */
export function unwrap<T>(result: HostResult<T>): T {
  if (!result.ok) {
    throw new Error(result.error.message);
  }
  return result.value;
}
