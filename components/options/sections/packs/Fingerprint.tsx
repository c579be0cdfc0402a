import { useEffect, useState } from 'preact/hooks';
import { keyFingerprint } from '../../../../lib/core/packs/subscription-link';

/** A public key as the agent compares it with the lead: its fingerprint, never the raw key. */
export function Fingerprint(props: { publicKey: string }) {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void keyFingerprint(props.publicKey).then((f) => {
      if (live) setFingerprint(f);
    });
    return () => {
      live = false;
    };
  }, [props.publicKey]);
  return (
    <code class="fingerprint" data-testid="fingerprint">
      {fingerprint ?? '…'}
    </code>
  );
}
