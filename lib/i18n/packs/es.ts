import core from '../messages/core.es';
import types from '../content/types.es';
import type { LanguagePack } from '../packs';

export default { core, types } satisfies LanguagePack;
