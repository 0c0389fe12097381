import '@/components/page.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupProps } from '@/components/Popup';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';
import { panels } from './panels';

function PopupApp() {
  const [status, setStatus] = useState<PopupProps['status']>(null);
  useEffect(() => {
    callBackground(commands.getExtensionStatus, {}).then(setStatus);
  }, []);
  return (
    <Popup status={status} onOpenOptions={() => browser.runtime.openOptionsPage()}>
      {panels.map(({ id, view: Panel }) => (
        <section key={id} data-panel={id}>
          <Panel />
        </section>
      ))}
    </Popup>
  );
}

render(<PopupApp />, document.getElementById('app')!);
