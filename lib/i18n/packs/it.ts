import core from '../messages/core.it';
import types from '../content/types.it';
import type { LanguagePack } from '../packs';

export default { core, types } satisfies LanguagePack;
