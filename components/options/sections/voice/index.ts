import { defineSection } from '../section';
import { VoiceSection } from './VoiceSection';

export const voiceSection = defineSection({
  id: 'voice',
  titleKey: 'options.nav.voice',
  component: VoiceSection,
});
