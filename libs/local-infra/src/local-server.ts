import { StackOptions, StackPorts } from './stack-options';

/** What the stack needs to know to start, reuse and stop one kind of server. */
export interface LocalServer {
  /** Also the name of its folder inside the stack folder, which its command line names. */
  name: 'postgres' | 'redis' | 'kafka';
  ports(ports: StackPorts): number[];
  pidFile(dir: string): string;
  logFile(dir: string): string;
  /** The signal that makes it shut down cleanly but promptly. */
  stopSignal: NodeJS.Signals;
  readyTimeoutMs: number;
  /** Starts it in the background; it may not answer yet when this resolves. */
  launch(options: StackOptions): Promise<void>;
  /** One attempt to use it as a client would. */
  isReady(ports: StackPorts): Promise<boolean>;
}
