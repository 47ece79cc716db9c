/** What the gateway tells the app about this installation (GET /app-config.json). */
export interface AppConfig {
  /** A tile server's URL template ({z}/{x}/{y}) for real maps; absent: plotted views only. */
  mapTileUrl?: string;
}

let loaded: Promise<AppConfig> | undefined;

/** The installation's settings, read once; none when they cannot be read (offline). */
export function appConfig(): Promise<AppConfig> {
  loaded ??= fetch('/app-config.json')
    .then((answer) => (answer.ok ? (answer.json() as Promise<AppConfig>) : {}))
    .catch(() => ({}));
  return loaded;
}
