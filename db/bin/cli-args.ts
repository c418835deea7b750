/** `--name value` pairs and positionals, as the CLI reads them. */
export interface Args {
  positional: string[];
  flags: Record<string, string>;
}

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      if (inline !== undefined) flags[name] = inline;
      else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) flags[name] = argv[++i]!;
      else flags[name] = "true";
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

export class UsageError extends Error {}

export function required(args: Args, name: string, hint: string): string {
  const value = args.flags[name] ?? "";
  if (!value || value === "true") throw new UsageError(`Missing --${name}. ${hint}`);
  return value;
}
