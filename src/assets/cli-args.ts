/** A small option parser for `jixiao assets …`: `--name value`, repeatable options, boolean flags, positionals. */

export class ArgumentError extends Error {
  override name = 'ArgumentError';
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, readonly string[]>;
  readonly flags: ReadonlySet<string>;
}

/** `valued` lists the options that take a value; `booleans` the flags; anything else is an error. */
export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (booleans.includes(name)) {
      flags.add(name);
    } else if (valued.includes(name)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ArgumentError(`${arg} 缺少取值 / ${arg} needs a value`);
      i++;
      options.set(name, [...(options.get(name) ?? []), value]);
    } else {
      throw new ArgumentError(`未知参数“${arg}” / unknown argument "${arg}"`);
    }
  }
  return { positionals, options, flags };
}

export function optional(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}

export function required(args: ParsedArgs, name: string): string {
  const v = optional(args, name);
  if (v === undefined) throw new ArgumentError(`缺少 --${name} / --${name} is required`);
  return v;
}

export function all(args: ParsedArgs, name: string): string[] {
  return (args.options.get(name) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

export function yearOf(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new ArgumentError(`年度应为4位数字：${text} / --year must be a 4-digit year`);
  return Number(text);
}
