import { callBackground } from '@/lib/extension/messaging';
import { type DownloadFile, MappingsScreen } from './MappingsScreen';

/** Saves a file the background produced, through a temporary object URL. */
function download({ fileName, mimeType, content }: DownloadFile) {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function MappingsSection() {
  return <MappingsScreen call={callBackground} download={download} />;
}
