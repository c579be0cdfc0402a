import { render } from 'preact';
import '../../components/shared/tokens.css';
import '../../components/shared/base.css';
import { OptionsApp } from '../../components/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
