import { useCallback, useState } from 'react';

/** A phone's position as the public API takes it: degrees and the accuracy radius in metres. */
export interface Position {
  latitude: number;
  longitude: number;
  accuracy: number;
}

/** Where asking for the position is: not yet, asking, known, or refused/unavailable. */
export type PositionState =
  | { state: 'idle' }
  | { state: 'locating' }
  | { state: 'known'; position: Position; at: number }
  | { state: 'unavailable' };

/**
 * Reads the phone's position once (high accuracy, at most 20 s, not older than 10 s). Resolves
 * with it, or undefined when the person refuses or the phone cannot tell.
 */
export function readPosition(): Promise<Position | undefined> {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) return resolve(undefined);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) =>
        resolve({
          latitude: coords.latitude,
          longitude: coords.longitude,
          accuracy: Math.max(1, Math.round(coords.accuracy)),
        }),
      () => resolve(undefined),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 10_000 },
    );
  });
}

/** The position state and a `locate` that reads it (readPosition). */
export function usePosition() {
  const [position, setPosition] = useState<PositionState>({ state: 'idle' });
  const locate = useCallback(async () => {
    setPosition({ state: 'locating' });
    const found = await readPosition();
    const next: PositionState = found
      ? { state: 'known', position: found, at: Date.now() }
      : { state: 'unavailable' };
    setPosition(next);
    return found;
  }, []);
  return { position, locate };
}
