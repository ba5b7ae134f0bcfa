import core from '../messages/core.fr';
import names from '../content/type-names.fr';
import summaries from '../content/types.fr';
import { textsIn } from '../content/types';
import type { LanguagePack } from '../packs';

export default { core, types: textsIn(names, summaries) } satisfies LanguagePack;
