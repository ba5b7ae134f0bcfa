import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from '../support/files';

const BROWSER_API = /\b(?:browser|chrome)\s*\.\s*(?:runtime|tabs|storage|sidePanel|sidebarAction|action|scripting|permissions|contextMenus|windows|i18n|commands|downloads)\b/;
const FORBIDDEN_PACKAGES = ['wxt/browser', 'webextension-polyfill', '@wxt-dev/browser', 'preact', 'preact/hooks'];

/** What is wrong with one lib/ module's source, given its path; empty when it keeps to its layer. */
export function layerViolations(path: string, source: string): string[] {
  const problems: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  if (BROWSER_API.test(code)) problems.push(`${path} calls a browser extension API`);
  for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    if (FORBIDDEN_PACKAGES.includes(spec!)) problems.push(`${path} imports ${spec}`);
    if (spec!.startsWith('.')) {
      const target = normalize(join(dirname(path), spec!));
      if (target.startsWith('components') || target.startsWith('entrypoints')) {
        problems.push(`${path} imports ${target}, a layer above lib/`);
      }
    }
  }
  return problems;
}

describe('architecture', () => {
  it('keeps lib/ free of browser APIs, components and entrypoints (lib/platform excepted)', () => {
    const files = filesUnder('lib', /\.tsx?$/).filter((f) => !f.startsWith('lib/platform/'));
    expect(files.length).toBeGreaterThan(3);
    expect(files.flatMap((f) => layerViolations(f, read(f)))).toEqual([]);
  });

  it('keeps browser APIs out of components', () => {
    const files = filesUnder('components', /\.tsx?$/);
    expect(files.filter((f) => BROWSER_API.test(read(f)) || /['"]wxt\/browser['"]/.test(read(f)))).toEqual([]);
  });

  it('catches each kind of violation', () => {
    expect(layerViolations('lib/x.ts', "import { browser } from 'wxt/browser';")).toHaveLength(1);
    expect(layerViolations('lib/x.ts', 'chrome.tabs.query({});')).toHaveLength(1);
    expect(layerViolations('lib/x.ts', "import { App } from '../components/sidepanel/App';")).toHaveLength(1);
    expect(layerViolations('lib/a/x.ts', "import bg from '../../entrypoints/background';")).toHaveLength(1);
    expect(layerViolations('lib/x.ts', "import { h } from 'preact';")).toHaveLength(1);
    expect(layerViolations('lib/x.ts', '// the browser. tabs are fine in a comment\nexport const a = 1;')).toEqual([]);
  });
});
