import { backupSection } from './backup';
import { checklistsSection } from './checklists';
import { packsSection } from './packs';
import { phrasesSection } from './phrases';
import { profileSection } from './profile';
import { rulesSection } from './rules';
import { scriptsSection } from './scripts';
import { sitesSection } from './sites';
import { statsSection } from './stats';
import { voiceSection } from './voice';

export type { SectionDescriptor } from './section';

/**
 * The options page's sections, in tab order; each id is also the URL hash (`#packs`). A section
 * is a folder `sections/<id>/` with its component, its `section.css` and an `index.ts`
 * exporting its descriptor; adding one is that folder, one line here and its tab title
 * (`options.nav.<id>`) in `lib/core/i18n/areas/options.ts` (lv and en).
 */
export const SECTIONS = [
  rulesSection,
  checklistsSection,
  phrasesSection,
  scriptsSection,
  packsSection,
  sitesSection,
  statsSection,
  voiceSection,
  backupSection,
  profileSection,
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
