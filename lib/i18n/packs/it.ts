import core from '../messages/core.it';
import names from '../content/type-names.it';
import summaries from '../content/types.it';
import { textsIn } from '../content/types';
import type { LanguagePack } from '../packs';

export default { core, types: textsIn(names, summaries) } satisfies LanguagePack;
