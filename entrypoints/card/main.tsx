import { render } from 'preact';
import '../../components/shared/tokens.css';
import '../../components/shared/base.css';
import { CardApp } from '../../components/card/CardApp';
import { connectEmbedded } from '../../lib/pages/embedded-store';

// Listening starts before the first render: the token arrives when the frame has loaded.
const connection = connectEmbedded();
render(<CardApp connection={connection} />, document.getElementById('app')!);
