import core from '../messages/core.nl';
import names from '../content/type-names.nl';
import summaries from '../content/types.nl';
import { textsIn } from '../content/types';
import type { LanguagePack } from '../packs';

export default { core, types: textsIn(names, summaries) } satisfies LanguagePack;
