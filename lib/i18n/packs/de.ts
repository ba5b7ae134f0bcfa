import core from '../messages/core.de';
import types from '../content/types.de';
import type { LanguagePack } from '../packs';

export default { core, types } satisfies LanguagePack;
