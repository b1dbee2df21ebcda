/** An annotation on a file and line, as CI systems show them on the diff. */
export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  title?: string;
  file?: string;
  line?: number;
}

export interface RunContext {
  platform: "github" | "gitlab" | "local";
  repository?: string;
  sha?: string;
  runUrl?: string;
  /** The workspace root: annotations only point at files inside it. */
  workspace: string;
}

/** The one port every CI platform implements; commands talk only to this. */
export interface Platform {
  readonly context: RunContext;
  /** How many annotations one step may show (GitHub shows 10 errors a step). */
  readonly annotationLimit: number;
  info(message: string): void;
  warning(message: string): void;
  writeSummary(markdown: string): Promise<void>;
  annotate(annotations: Annotation[]): void;
  setOutputs(outputs: Record<string, string | number | boolean>): Promise<void>;
  /** Collapse what is printed between these two in the CI log (GitHub log group, GitLab section). */
  startGroup(title: string): void;
  endGroup(): void;
  /** Keep a secret out of logs. */
  mask(secret: string): void;
}
