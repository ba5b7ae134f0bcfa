import core from '../messages/core.fr';
import types from '../content/types.fr';
import type { LanguagePack } from '../packs';

export default { core, types } satisfies LanguagePack;
