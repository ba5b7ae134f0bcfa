import core from '../messages/core.de';
import names from '../content/type-names.de';
import summaries from '../content/types.de';
import { textsIn } from '../content/types';
import type { LanguagePack } from '../packs';

export default { core, types: textsIn(names, summaries) } satisfies LanguagePack;
