import { defineSection } from '../section';
import { BackupSection } from './BackupSection';

export const backupSection = defineSection({
  id: 'backup',
  titleKey: 'options.nav.backup',
  component: BackupSection,
});
