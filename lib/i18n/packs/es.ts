import core from '../messages/core.es';
import names from '../content/type-names.es';
import summaries from '../content/types.es';
import { textsIn } from '../content/types';
import type { LanguagePack } from '../packs';

export default { core, types: textsIn(names, summaries) } satisfies LanguagePack;
