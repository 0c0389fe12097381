import '@/components/page.css';
import '@/components/role-checker/picker.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsLayout } from '@/components/OptionsLayout';
import { sections } from './sections';

function currentSectionId(): string {
  const id = location.hash.slice(1);
  return sections.some((section) => section.id === id) ? id : (sections[0]?.id ?? '');
}

function OptionsApp() {
  const [activeId, setActiveId] = useState(currentSectionId);
  useEffect(() => {
    const onHashChange = () => setActiveId(currentSectionId());
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);
  const View = sections.find((section) => section.id === activeId)?.view;
  return (
    <OptionsLayout sections={sections} activeId={activeId}>
      {View && <View />}
    </OptionsLayout>
  );
}

render(<OptionsApp />, document.getElementById('app')!);
