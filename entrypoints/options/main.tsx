import '@/components/page.css';
import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import { callBackground } from '@/lib/extension/messaging';
import { commands } from '@/lib/messaging';

const root = document.getElementById('app')!;
const draw = (status: Parameters<typeof OptionsPage>[0]['status']) =>
  render(<OptionsPage status={status} />, root);

draw(null);
callBackground(commands.getExtensionStatus, {}).then(draw);
