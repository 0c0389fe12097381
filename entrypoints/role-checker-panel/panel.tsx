import { render } from 'preact';
import pickerCss from '@/components/role-checker/picker.css?inline';
import checkerCss from '@/components/role-checker/role-checker.css?inline';
import type { RoleCheckerSession } from '@/lib/role-checker/page/chunk-bridge';
import { RoleCheckerContainer } from './container';

/** The session's panel as its own Preact tree: this script carries its own copy of Preact. */
export function renderRoleCheckerPanel(container: HTMLElement, session: RoleCheckerSession): () => void {
  const doc = container.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = `${checkerCss}\n${pickerCss}`;
  const root = doc.createElement('div');
  container.append(style, root);
  render(<RoleCheckerContainer checker={session.checker} reader={session.reader} />, root);
  return () => {
    render(null, root);
    root.remove();
    style.remove();
  };
}
