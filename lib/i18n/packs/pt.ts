import core from '../messages/core.pt';
import types from '../content/types.pt';
import type { LanguagePack } from '../packs';

export default { core, types } satisfies LanguagePack;
