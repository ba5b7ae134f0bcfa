import core from '../messages/core.nl';
import types from '../content/types.nl';
import type { LanguagePack } from '../packs';

export default { core, types } satisfies LanguagePack;
