import '@/components/page.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';

const root = document.getElementById('app')!;
const draw = (status: Parameters<typeof Popup>[0]['status']) =>
  render(<Popup status={status} onOpenOptions={() => browser.runtime.openOptionsPage()} />, root);

draw(null);
callBackground(commands.getExtensionStatus, {}).then(draw);
