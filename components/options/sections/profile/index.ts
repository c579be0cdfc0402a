import { defineSection } from '../section';
import { ProfileSection } from './ProfileSection';

export const profileSection = defineSection({
  id: 'profile',
  titleKey: 'options.nav.profile',
  component: ProfileSection,
});
