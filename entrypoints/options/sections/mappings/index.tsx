import { downloadText } from '@/lib/extension/download';
import { callBackground } from '@/lib/extension/messaging';
import { type DownloadFile, MappingsScreen } from './MappingsScreen';

/** Saves a file the background produced. */
function download({ fileName, mimeType, content }: DownloadFile) {
  downloadText(document.body, content, fileName, `${mimeType};charset=utf-8`);
}

export function MappingsSection() {
  return <MappingsScreen call={callBackground} download={download} />;
}
