import core from '../messages/core.pt';
import names from '../content/type-names.pt';
import summaries from '../content/types.pt';
import { textsIn } from '../content/types';
import type { LanguagePack } from '../packs';

export default { core, types: textsIn(names, summaries) } satisfies LanguagePack;
