/**
 * Canvas tools recognisable from a page, as data: adding a tool = one entry. Only cheap signals are read: the
 * host name, the generator <meta> in <head>, and class names on the block's own ancestors.
 */
export interface ToolSignature {
  tool: string;
  /** Host names (a page on a subdomain matches too). */
  hosts?: string[];
  /** A class name on the label's ancestors that starts so. */
  classPrefixes?: string[];
  /** The page's <meta name="generator"> content. */
  generator?: RegExp;
}

export const TOOLS: readonly ToolSignature[] = [
  { tool: 'strategyzer', hosts: ['strategyzer.com'] },
  { tool: 'canvanizer', hosts: ['canvanizer.com'] },
  { tool: 'notion', hosts: ['notion.so', 'notion.site'], classPrefixes: ['notion-'] },
  { tool: 'confluence', hosts: ['atlassian.net'], classPrefixes: ['confluence', 'wiki-content'], generator: /confluence/i },
  { tool: 'diagrams.net', hosts: ['app.diagrams.net', 'draw.io'], classPrefixes: ['geDiagram', 'mxCell'] },
  { tool: 'coda', hosts: ['coda.io'] },
  { tool: 'miro', hosts: ['miro.com'] },
  { tool: 'mural', hosts: ['mural.co'] },
  { tool: 'figjam', hosts: ['figma.com'] },
  { tool: 'lucid', hosts: ['lucid.app', 'lucidspark.com'] },
  { tool: 'google-docs', hosts: ['docs.google.com'] },
  { tool: 'obsidian', classPrefixes: ['markdown-preview'] },
];

const hostMatches = (host: string, name: string) => host === name || host.endsWith(`.${name}`);

/** The short name of the tool showing the page, or 'generic'. `near` are the block's elements and ancestors. */
export function recogniseTool(doc: Document, near: readonly Element[]): string {
  let host = '';
  try {
    host = doc.location?.hostname ?? '';
  } catch {
    // a document without a location (created, not loaded) has no host
  }
  const generator = doc.head?.querySelector('meta[name="generator"], meta[name="Generator"]')?.getAttribute('content') ?? '';
  const classes = near.map((el) => el.getAttribute('class') ?? '').join(' ').split(/\s+/);
  for (const t of TOOLS) {
    if (t.hosts?.some((h) => hostMatches(host, h))) return t.tool;
    if (t.generator?.test(generator)) return t.tool;
    if (t.classPrefixes?.some((p) => classes.some((c) => c.startsWith(p)))) return t.tool;
  }
  const named = /^[A-Za-z][\w.-]{1,30}/.exec(generator.trim());
  return named ? named[0].toLowerCase() : 'generic';
}
